"""Build hooks for the explainer site."""
