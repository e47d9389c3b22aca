"""The command lines' shared ending when their reader stops early (`check_site.py … | head`)."""

from __future__ import annotations

import functools
import os
import sys
from typing import Callable


def quiet_on_closed_pipe(main: Callable[..., int]) -> Callable[..., int]:
    """`main`, ending quietly with exit 1 when stdout's reader has gone, as other command-line tools do."""
    @functools.wraps(main)
    def run(*arguments, **options) -> int:
        try:
            return main(*arguments, **options)
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout again at exit
            return 1
    return run
