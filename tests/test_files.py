"""explainer.files: what the tools may read and how they write."""

from __future__ import annotations

import os
import stat

import pytest
from explainer.files import UnsafeFileError, leaves, read_regular, write_atomic


def test_only_regular_files_of_bounded_size_are_read(tmp_path):
    os.mkfifo(tmp_path / "fifo")  # would block a plain open until a writer came
    with pytest.raises(UnsafeFileError, match="is not a regular file"):
        read_regular(tmp_path / "fifo")
    with pytest.raises(UnsafeFileError, match="is not a regular file"):
        read_regular("/dev/zero")  # would never end
    (tmp_path / "big.txt").write_bytes(b"x" * 11)
    with pytest.raises(UnsafeFileError, match="is 11 bytes; at most 10 are read"):
        read_regular(tmp_path / "big.txt", limit=10)
    assert read_regular(tmp_path / "big.txt", limit=11) == b"x" * 11


def test_a_write_never_follows_a_link_and_leaves_no_temporary_file(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "planted.md").symlink_to(tmp_path / "outside.md")
    with pytest.raises(UnsafeFileError, match="planted.md is a symbolic link; it is not followed"):
        write_atomic(tmp_path / "docs" / "planted.md", "text", tmp_path / "docs")
    assert not (tmp_path / "outside.md").exists()
    write_atomic(tmp_path / "docs" / "a" / "page.md", "text", tmp_path / "docs")
    assert sorted(p.name for p in (tmp_path / "docs" / "a").iterdir()) == ["page.md"]


def test_a_written_file_keeps_its_permissions_or_gets_the_umask(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", "a", tmp_path)
        assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644  # not mkstemp's private 0600
        (tmp_path / "new.txt").chmod(0o640)
        write_atomic(tmp_path / "new.txt", "b", tmp_path)
        assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640
    finally:
        os.umask(umask)


def test_a_link_leaves_its_root_when_it_ends_outside(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "in.txt").write_text("x")
    (tmp_path / "docs" / "inside").symlink_to(tmp_path / "docs" / "in.txt")
    (tmp_path / "docs" / "out").symlink_to("/etc/hostname")
    (tmp_path / "docs" / "dangling").symlink_to(tmp_path / "nowhere")
    assert [leaves(tmp_path / "docs" / name, tmp_path / "docs") for name in ("in.txt", "inside", "out", "dangling")] \
        == [False, False, True, True]
