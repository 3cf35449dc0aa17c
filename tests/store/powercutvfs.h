// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

struct sqlite3_vfs;
struct sqlite3_file;

namespace smsdesk::test {

// A test-only SQLite VFS that simulates power loss (the idea of SQLite's own crash test,
// src/test6.c): it wraps the default (unix) VFS and keeps every write in memory until the
// file is synced, so "pulling the plug" forgets whatever the disk had not been told to keep.
//
// The model, per file path (shared by every handle on that path, as the OS page cache is):
// - xWrite and xTruncate are queued in order as pending operations; xRead and xFileSize see
//   the real file with the pending operations laid over it.
// - xSync writes the file's pending operations to the real file and forgets them. It does
//   not fsync the real file: the real file *is* the simulated disk, which only changes here
//   and at reboot(). Syncing one file never makes another one durable.
// - cut(): the power goes. Pending operations are dropped; depending on the mode a random
//   subset of them reaches the disk anyway (disks reorder writes), and the last write can be
//   torn (a prefix of it lands, cut at a random byte: half a sector old, half new). From
//   then on every write, sync, truncate, delete and read fails with an I/O error, so the
//   program learns nothing more is stored; handles can still be closed.
// - reboot(): once every handle is closed, the surviving bytes are written to the real files
//   and the power is back. Reopen with the real VFS (uninstall()) to check what survived.
// - Faults: from the n-th mutating call (write, sync or truncate) on, for a number of calls,
//   writes and syncs fail with chosen codes (SQLITE_FULL, SQLITE_IOERR_*), doing nothing.
//   A failed sync leaves its operations pending (the kernel may still write them), or with
//   failedSyncLosesWrites forgets them.
//
// Creating and deleting files is durable at once (SQLite fsyncs the folder of a new WAL or
// journal on its first sync; this stands for it). Memory-mapped I/O is not offered
// (iVersion 2), so every read of the database goes through xRead; the -shm wal-index is
// passed through untouched: after reboot the first connection rebuilds it from the WAL.
class PowerCutVfs final
{
public:
    enum class CutMode {
        DropAll, // every unsynced write is lost
        DropAllTearLast, // ... except that a prefix of the last one landed
        RandomSubset, // each unsynced write landed or not, independently
        RandomSubsetTearLast, // ... and the last one is torn
    };
    struct Faults
    {
        int writeCode = 0; // e.g. SQLITE_FULL or SQLITE_IOERR_WRITE; 0: writes work
        int syncCode = 0; // e.g. SQLITE_IOERR_FSYNC or SQLITE_FULL; 0: syncs work
        int truncateCode = 0;
        // A failed sync makes the kernel forget the file's unsynced writes (Linux may drop the
        // dirty pages after a write-back error, "fsyncgate"); otherwise they stay pending.
        bool failedSyncLosesWrites = false;
    };
    struct Stats
    {
        qint64 opens = 0;
        qint64 writes = 0;
        qint64 walWrites = 0;
        qint64 syncs = 0;
        qint64 walSyncs = 0;
        qint64 cuts = 0;
        qint64 droppedWrites = 0; // unsynced writes forgotten at cuts
        qint64 keptWrites = 0; // unsynced writes that landed anyway (RandomSubset)
        qint64 tornWrites = 0;
        qint64 faults = 0; // calls failed by injected faults
    };

    PowerCutVfs(); // wraps the current default VFS; registers itself, not as the default
    ~PowerCutVfs();
    PowerCutVfs(const PowerCutVfs &) = delete;
    PowerCutVfs &operator=(const PowerCutVfs &) = delete;

    static constexpr const char *name() { return "powercut"; }
    void install(); // the default VFS of the process: every connection opened after uses it
    void uninstall(); // the real VFS is the default again (for checking after a reboot)

    // The power goes at the `at`-th mutating call from now (1 = the next one), before it
    // takes effect or, with `afterCall`, right after (a sync that completed, say).
    // `tearBytes` > 0: a torn write keeps that many bytes (at most all but one), not a random
    // number of them.
    void armCut(qint64 at, bool afterCall, CutMode mode, int tearBytes = 0);
    void cut(CutMode mode); // now
    bool poweredOff() const { return m_off.load(); }
    int openFiles() const { return m_openFiles.load(); }
    // Requires openFiles() == 0. Writes what survived the cut and restores power.
    bool reboot(QString *error);

    // Calls from the `from`-th mutating call from now on (1 = the next one), `count` of
    // them, fail as `faults` says. stopFaults() ends them early.
    void injectFaults(qint64 from, qint64 count, Faults faults);
    void stopFaults();

    void seed(std::uint64_t seed) { m_random.seed(seed); }
    Stats stats() const;
    qint64 mutations() const; // mutating calls so far
    qint64 pendingWrites() const;

private:
    struct Op
    {
        std::uint64_t seq = 0;
        qint64 offset = 0; // write: where; truncate: the new size
        std::string data; // write: the bytes
        bool truncate = false;
    };
    struct Pending
    {
        std::vector<Op> ops;
    };
    struct Survivor
    {
        std::string path;
        Op op;
    };
    struct File; // the sqlite3_file we hand out
    enum class Call { Write, Sync, Truncate };

    friend struct PowerCutMethods;
    int beforeMutation(Call call, bool *cutAfter); // m_mutex held
    void cutLocked(CutMode mode); // m_mutex held
    static qint64 logicalSize(qint64 realSize, const Pending &pending);

    sqlite3_vfs *m_real = nullptr;
    sqlite3_vfs *m_vfs = nullptr;
    mutable std::mutex m_mutex;
    std::map<std::string, Pending> m_pending; // by path
    std::vector<Survivor> m_survivors; // at a cut, what reaches the disk at reboot
    std::atomic<bool> m_off { false };
    std::atomic<int> m_openFiles { 0 };
    std::uint64_t m_seq = 0;
    qint64 m_mutations = 0;
    qint64 m_cutAt = -1;
    bool m_cutAfter = false;
    CutMode m_cutMode = CutMode::DropAll;
    int m_tearBytes = 0;
    qint64 m_faultFrom = -1;
    qint64 m_faultUntil = -1;
    Faults m_faults;
    std::mt19937_64 m_random { 1 };
    Stats m_stats;
};

} // namespace smsdesk::test
