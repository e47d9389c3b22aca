"""Runs the selected checks over a site: in this process for a small site, else in one process per shard.

Each shard's process reads its own files and runs each check on its share of what the check declares it runs
on (explainer.findings: each file, page or explainer once, the site once, in the process its name falls to); the
summaries of all pages (ids, language, alternates: what a link from elsewhere needs) are exchanged once between
the reading and the checking. The processes are forked after the contracts and sources are loaded, so nothing but the
summaries and findings is copied. No check knows how many processes there are.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import signal
import traceback
from dataclasses import replace

from .context import SiteContext, is_content
from .findings import EXPLAINER, FILE, FILES, PAGE, SITE, Check, Tally
from .finnish import MorphologyError
from .lexicon import LexiconError
from .memory import MemoryFileError
from .pages import PageSummary, checked, read_page
from .reading import read_file
from .registry import CHECKS
from .shard import Shard

_FAILED = b"\0failed\0"  # starts a child's message instead of its summaries when it failed before them
SHARD_FROM = 256  # files: below this, starting processes costs more than it saves
MAX_SHARDS = 8
# What a check may raise that is no fault of the checker: a translation memory that is not one, or a dictionary
# that is not installed. Each says in one line what to do; the command line reports it with exit status 2.
UNUSABLE = (LexiconError, MemoryFileError, MorphologyError)
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a Linux process gets when its parent ends


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def shard_count(context: SiteContext, jobs: int | None) -> int:
    """The processes to check with: as asked but at most one per core (more would only compete for the cores,
    and --jobs 100000 would fork that many copies of the checker), else one per core for a large site."""
    if jobs:
        return min(jobs, cores()) if hasattr(os, "fork") else 1
    if len(checked(context.files)) < SHARD_FROM or not hasattr(os, "fork"):
        return 1
    return max(1, min(cores(), MAX_SHARDS))


def read_shard(context: SiteContext) -> None:
    """Read every file this context's shard owns (and keep the new records for the next run)."""
    for file in checked(context.files):
        if context.owns_file(file):
            context.add(file, *read_file(context, file))
            if file in context.set_aside:
                _release()
    context.cache.save()


def run_checks(context: SiteContext, selected: list[str], limit: int = 0) -> Tally:
    """The findings of the selected checks on this context's shard, each named after its check (at most `limit`
    of each kept, all counted). The file checks run file by file, all of them on one file before the next: the
    links a file's checks resolve are then the most recently resolved (the resolve cache keeps the latest), and
    a page set aside is read again once for all of them."""
    tally = Tally(limit)
    checks = [(name, CHECKS[name]) for name in selected]
    by_file = [(name, check) for name, check in checks if check.scope == FILE]
    for file, record in context.records.items():
        if file in context.set_aside:
            record = read_page(context.site, file)[0]  # its parsed tree let go at once
        for name, check in by_file:
            if _takes(check, file, record):
                tally.add(replace(finding, check=name) for finding in check.run(context, file, record))
        if file in context.set_aside:
            del record
            _release()
    for name, check in checks:
        for unit in _units(context, check) if check.scope != FILE else ():
            tally.add(replace(finding, check=name) for finding in check.run(context, *unit))
    context.cache.save()  # the unit pairs translation QA compared, for the next run
    return tally


def _release() -> None:
    """Hand freed memory back to the system (glibc's malloc_trim): a large page's tree, freed, would otherwise stay
    counted as the process's memory until its end."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def _units(context: SiteContext, check: Check) -> list[tuple]:
    """What this shard runs a check on, as the check declares (the arguments after the context)."""
    return _UNITS[check.scope](context, check)


def _takes(check: Check, file: str, record) -> bool:
    """Whether a file check runs on this file (a check of content pages only on those)."""
    return not check.content or (file.endswith((".html", ".htm")) and is_content(record))


def _pages(context: SiteContext, check: Check) -> list[tuple]:
    site = context.layout.site
    return [(page,) for page in site.pages
            if (not check.kinds or site.kind(page) in check.kinds) and context.owns_page(page)]


def _explainers(context: SiteContext, check: Check) -> list[tuple]:
    return [(explainer,) for explainer in context.layout.site.explainers if context.shard.owns(explainer.slug)]


_UNITS = {  # scope -> this shard's share of it (the file checks: run_checks, file by file)
    FILES: lambda context, check: [(context.whole_records(),)],
    PAGE: _pages,
    EXPLAINER: _explainers,
    # once: in the process its name falls to, so the few site-wide checks share the processes (as the pages do)
    SITE: lambda context, check: [()] if context.shard.owns(f"site check {check.name}") else [],
}


def check(context: SiteContext, selected: list[str], shards: int, limit: int = 0) -> Tally:
    """Read the site and run the checks, on `shards` processes (this one included); of each check's findings the
    first `limit` are kept (all with 0), all are counted."""
    if shards == 1:
        read_shard(context)
        return run_checks(context, selected, limit)
    fork = multiprocessing.get_context("fork")
    children = []
    for index in range(1, shards):
        here, there = fork.Pipe()
        process = fork.Process(target=_child, args=(context, Shard(index, shards), selected, limit, there,
                                                    os.getpid()), daemon=True)
        process.start()
        there.close()
        children.append((process, here))
    try:
        context.shard = Shard(0, shards)
        read_shard(context)
        summaries = [_summaries(context)] + [_receive_bytes(connection) for _, connection in children]
        for index, (_, connection) in enumerate(children, start=1):  # each child gets the others' summaries
            connection.send([message for other, message in enumerate(summaries) if other != index])
        context.summaries.update(_merged(summaries[1:]))
        tally = run_checks(context, selected, limit)
        for _, connection in children:
            tally.merge(_receive(connection))
        return tally
    finally:
        for process, connection in children:
            connection.close()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


def _summaries(context: SiteContext) -> bytes:
    """The summaries of a shard's pages, pickled once for every process that needs them."""
    summary = {file: context.summary(file) for file in context.records}
    return pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL)


def _merged(messages: list[bytes]) -> dict[str, PageSummary]:
    merged: dict[str, PageSummary] = {}
    for message in messages:
        merged.update(pickle.loads(message))
    return merged


def _receive_bytes(connection) -> bytes:
    """A child's pickled summaries (its failure re-raised here)."""
    try:
        message = connection.recv_bytes()
    except EOFError:
        raise RuntimeError("a checker process ended without a result") from None
    if message.startswith(_FAILED):
        _raise(pickle.loads(message[len(_FAILED):]))
    return message


def _receive(connection):
    """A child's next result; its failure is re-raised here with the child's traceback."""
    try:
        failed, value = connection.recv()
    except EOFError:
        raise RuntimeError("a checker process ended without a result") from None
    if failed:
        _raise(value)
    return value


def _raise(failure) -> None:
    """A child's failure, raised here: an unusable input as the child met it, anything else with its traceback."""
    if isinstance(failure, UNUSABLE):
        raise failure
    raise RuntimeError(f"a checker process failed:\n{failure}")


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent ends: a checker killed mid-run leaves no copies running."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the parent's own ending still stops its daemon children
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


def _child(context: SiteContext, shard: Shard, selected: list[str], limit: int, connection, parent: int) -> None:
    """A forked process: read this shard, hand over its summaries, take the others', return its findings."""
    _die_with_parent(parent)
    summarised = False
    try:
        context.shard = shard
        read_shard(context)
        connection.send_bytes(_summaries(context))
        summarised = True
        context.summaries.update(_merged(connection.recv()))
        connection.send((False, run_checks(context, selected, limit)))
    except KeyboardInterrupt:
        pass
    except BaseException as error:  # noqa: BLE001 - any failure goes to the parent, which reports it
        failure = error if isinstance(error, UNUSABLE) else traceback.format_exc()
        if summarised:
            connection.send((True, failure))
        else:
            connection.send_bytes(_FAILED + pickle.dumps(failure))
    finally:
        connection.close()
    os._exit(0)  # all is sent: tearing down a copy of the checker's objects would only delay the parent's join
