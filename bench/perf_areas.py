#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Groups the samples of a `perf record --call-graph dwarf` run of dispatch_bench by area
# (issue 17): who the time is spent for (the whole stack decides) and what it is spent on
# (the sampled frame: a system call, malloc, SQLite, Qt). Enqueue-phase samples are set apart.
#
#   perf script -i perf.data -F comm,tid,period,ip,sym,dso | bench/perf_areas.py
import re
import sys
from collections import Counter, defaultdict

MALLOC = re.compile(r'^(malloc|free|cfree|_int_malloc|_int_free|_int_realloc|realloc|calloc|malloc_consolidate|'
                    r'unlink_chunk|tcache|__libc_malloc|__libc_free|__GI___libc_free|__GI___libc_malloc|'
                    r'malloc_trim|_int_memalign|operator new|operator delete|sysmalloc|__libc_calloc)')


def area(comm, frames):
    syms = [s for s, _ in frames]
    text = '\n'.join(syms)
    dsos = [d for _, d in frames]
    if 'smsdesk::ops::enqueue' in text or 'preloadBacklog' in text or 'QueueStore::enqueue' in text:
        return 'enqueue phase (excluded)'
    if 'CpuSample' in text or 'sentLatencies' in text or 'StoreReader::counts' in text:
        return 'bench harness'
    if comm.startswith('smsdesk-refgate'):
        return 'gateway process'
    if comm.startswith('smsdesk-store'):
        return 'store writer: SQLite' if any('libsqlite3' in d for d in dsos) else 'store writer: ours, QtSql, futures'
    if comm.startswith('QNetworkAccessM'):
        return 'QNAM HTTP threads'
    # The dispatcher's (main) thread: the innermost frame that names an owner decides, so
    # malloc or QObject work inside a QNAM call is QNAM's, and inside our handler ours.
    for sym, dso in frames:
        if 'libsqlite3' in dso:
            return 'main: SQLite (reader)'
        if re.search(r'QJson|QCbor|appendJsonString', sym):
            return 'main: JSON'
        if 'libQt6Network' in dso or re.match(r'(QNetwork|QHttp|QAbstractSocket|QTcpSocket)', sym):
            return 'main: QNAM (post(), reply objects, their signals and deletion)'
        if re.search(r'QtPrivate::Continuation|QFutureInterface|QPromise|QFutureWatcher', sym):
            return 'main: futures (store hand-off continuations)'
        if sym.startswith('smsdesk::') or 'smsdesk::' in sym:
            return 'main: dispatcher, adapter, sender pool (ours)'
    return 'main: event loop, posted events, wake-ups'


SYSCALL_WRAPPERS = [(re.compile(p), n) for p, n in [
    (r'read$|__libc_read|__read', 'read'), (r'write$|__libc_write|__write', 'write'),
    (r'poll', 'poll'), (r'futex|pthread_cond|pthread_mutex|__lll_lock|sem_', 'futex'),
    (r'fdatasync', 'fdatasync'), (r'pwrite', 'pwrite64'), (r'pread', 'pread64'),
    (r'sendmsg|sendto|send$', 'send'), (r'recv', 'recv'), (r'eventfd', 'eventfd'), (r'fcntl', 'fcntl'),
    (r'^syscall$', 'futex'), (r'fsync', 'fsync'), (r'clock_gettime', 'clock_gettime'), (r'getrusage', 'getrusage'),
]]

def leaf(frames):
    sym, dso = frames[0]
    if 'kernel' in dso:
        syms = [s for s, d in frames if 'kernel' in d]
        if not any(s.startswith('entry_SYSCALL') for s in syms):
            return 'kernel: interrupt, fault or preemption'
        for s, d in frames:
            if 'kernel' in d:
                continue
            for pattern, name in SYSCALL_WRAPPERS:
                if pattern.search(s):
                    return 'kernel: ' + name
            return 'kernel: syscall from ' + s[:40]
        return 'kernel: syscall'
    if MALLOC.match(sym):
        return 'malloc/free'
    for key in ('libsqlite3', 'libQt6Core', 'libQt6Network', 'libQt6Sql', 'libqsqlite', 'libglib', 'libc.so',
                'libstdc++', 'dispatch_bench', 'smsdesk-refgateway'):
        if key in dso:
            return key
    return dso.split('/')[-1]


def main():
    samples = []
    comm, frames = None, []
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line.strip():
            if comm is not None and frames:
                samples.append((comm, frames))
            comm, frames = None, []
            continue
        if not line.startswith('\t') and not line.startswith(' '):
            comm = line.split()[0]
            continue
        m = re.match(r'\s*[0-9a-f]+ (.*) \((.*)\)$', line)
        if m:
            frames.append((m.group(1), m.group(2)))
    if comm is not None and frames:
        samples.append((comm, frames))

    total = len(samples)
    areas = Counter()
    leaves = defaultdict(Counter)
    for comm, frames in samples:
        a = area(comm, frames)
        areas[a] += 1
        leaves[a][leaf(frames)] += 1
    counted = total - areas['enqueue phase (excluded)'] - areas['gateway process']
    print(f'{total} samples; {counted} in the dispatch phase of the bench process '
          f'(enqueue phase {areas["enqueue phase (excluded)"]}, gateway {areas["gateway process"]})')
    print('share of the dispatch-phase samples, by area, then what the sampled frame was:')
    for a, n in areas.most_common():
        if a in ('enqueue phase (excluded)', 'gateway process'):
            continue
        print(f'{100.0 * n / counted:6.1f}%  {a}')
        for l, k in leaves[a].most_common(10):
            if 100.0 * k / counted >= 0.5:
                print(f'           {100.0 * k / counted:5.1f}%  {l}')
    allLeaves = Counter()
    for a, c in leaves.items():
        if a not in ('enqueue phase (excluded)', 'gateway process'):
            allLeaves.update(c)
    print('by sampled frame, all areas:')
    for l, k in allLeaves.most_common(14):
        print(f'   {100.0 * k / counted:5.1f}%  {l}')


main()
