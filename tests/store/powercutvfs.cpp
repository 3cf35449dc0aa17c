// SPDX-License-Identifier: GPL-3.0-or-later
#include "powercutvfs.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace smsdesk::test {

// What SQLite allocates per open file (szOsFile): ours, then the real VFS's file right after.
struct PowerCutVfs::File
{
    sqlite3_file base; // first: SQLite sees a sqlite3_file
    PowerCutVfs *vfs;
    std::string *path; // null: a temporary file, passed through unbuffered
    bool wal;
};

// The sqlite3_io_methods and sqlite3_vfs callbacks; a friend, so they reach the state.
struct PowerCutMethods
{
    using File = PowerCutVfs::File;
    static constexpr int kHeader = int((sizeof(File) + 15) & ~size_t(15));

    static sqlite3_file *real(sqlite3_file *file)
    {
        return reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + kHeader);
    }
    static File *wrapped(sqlite3_file *file) { return reinterpret_cast<File *>(file); }
    static PowerCutVfs *self(sqlite3_vfs *vfs) { return static_cast<PowerCutVfs *>(vfs->pAppData); }
    static sqlite3_vfs *realVfs(sqlite3_vfs *vfs) { return self(vfs)->m_real; }

    static int offCode(PowerCutVfs::Call call)
    {
        switch (call) {
        case PowerCutVfs::Call::Write:
            return SQLITE_IOERR_WRITE;
        case PowerCutVfs::Call::Sync:
            return SQLITE_IOERR_FSYNC;
        case PowerCutVfs::Call::Truncate:
            return SQLITE_IOERR_TRUNCATE;
        }
        return SQLITE_IOERR;
    }

    // --- files ---

    static int xClose(sqlite3_file *file)
    {
        File *f = wrapped(file);
        sqlite3_file *r = real(file);
        const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
        // Unsynced writes stay pending under the path: closing a file does not sync it.
        delete f->path;
        f->path = nullptr;
        f->vfs->m_openFiles.fetch_sub(1);
        return rc;
    }

    static int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        File *f = wrapped(file);
        sqlite3_file *r = real(file);
        if (!f->path)
            return r->pMethods->xRead(r, buffer, amount, offset);
        PowerCutVfs &v = *f->vfs;
        std::lock_guard lock(v.m_mutex);
        if (v.m_off)
            return SQLITE_IOERR_READ;
        // The real file first (zero-filled past its end), then the pending operations on top.
        const int rc = r->pMethods->xRead(r, buffer, amount, offset);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        const auto it = v.m_pending.find(*f->path);
        if (it == v.m_pending.end())
            return rc;
        sqlite3_int64 size = 0;
        if (const int s = r->pMethods->xFileSize(r, &size); s != SQLITE_OK)
            return s;
        char *out = static_cast<char *>(buffer);
        const qint64 end = offset + amount;
        for (const PowerCutVfs::Op &op : it->second.ops) {
            if (op.truncate) {
                // Bytes past the new end are gone; should the file grow again they read as 0.
                if (op.offset < end) {
                    const qint64 from = std::max<qint64>(offset, op.offset);
                    std::memset(out + (from - offset), 0, size_t(end - from));
                }
                size = op.offset;
                continue;
            }
            const qint64 opEnd = op.offset + qint64(op.data.size());
            const qint64 from = std::max<qint64>(offset, op.offset);
            const qint64 to = std::min<qint64>(end, opEnd);
            if (from < to)
                std::memcpy(out + (from - offset), op.data.data() + (from - op.offset), size_t(to - from));
            size = std::max<qint64>(size, opEnd);
        }
        if (end > size) {
            const qint64 from = std::max<qint64>(offset, size);
            std::memset(out + (from - offset), 0, size_t(end - from));
            return SQLITE_IOERR_SHORT_READ;
        }
        return SQLITE_OK;
    }

    static int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
    {
        File *f = wrapped(file);
        if (!f->path)
            return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
        PowerCutVfs &v = *f->vfs;
        std::lock_guard lock(v.m_mutex);
        bool cutAfter = false;
        if (const int rc = v.beforeMutation(PowerCutVfs::Call::Write, &cutAfter); rc != SQLITE_OK)
            return rc;
        PowerCutVfs::Op op;
        op.seq = ++v.m_seq;
        op.offset = offset;
        op.data.assign(static_cast<const char *>(buffer), size_t(amount));
        v.m_pending[*f->path].ops.push_back(std::move(op));
        ++v.m_stats.writes;
        if (f->wal)
            ++v.m_stats.walWrites;
        if (cutAfter)
            v.cutLocked(v.m_cutMode);
        return SQLITE_OK;
    }

    static int xTruncate(sqlite3_file *file, sqlite3_int64 size)
    {
        File *f = wrapped(file);
        if (!f->path)
            return real(file)->pMethods->xTruncate(real(file), size);
        PowerCutVfs &v = *f->vfs;
        std::lock_guard lock(v.m_mutex);
        bool cutAfter = false;
        if (const int rc = v.beforeMutation(PowerCutVfs::Call::Truncate, &cutAfter); rc != SQLITE_OK)
            return rc;
        PowerCutVfs::Op op;
        op.seq = ++v.m_seq;
        op.offset = size;
        op.truncate = true;
        v.m_pending[*f->path].ops.push_back(std::move(op));
        if (cutAfter)
            v.cutLocked(v.m_cutMode);
        return SQLITE_OK;
    }

    static int xSync(sqlite3_file *file, int flags)
    {
        File *f = wrapped(file);
        sqlite3_file *r = real(file);
        if (!f->path)
            return r->pMethods->xSync(r, flags);
        PowerCutVfs &v = *f->vfs;
        std::lock_guard lock(v.m_mutex);
        bool cutAfter = false;
        if (const int rc = v.beforeMutation(PowerCutVfs::Call::Sync, &cutAfter); rc != SQLITE_OK) {
            if (!v.m_off && v.m_faults.failedSyncLosesWrites)
                v.m_pending.erase(*f->path);
            return rc;
        }
        ++v.m_stats.syncs;
        if (f->wal)
            ++v.m_stats.walSyncs;
        // This file's pending operations reach the simulated disk, in order.
        const auto it = v.m_pending.find(*f->path);
        if (it != v.m_pending.end()) {
            std::vector<PowerCutVfs::Op> &ops = it->second.ops;
            for (size_t i = 0; i < ops.size(); ++i) {
                const PowerCutVfs::Op &op = ops[i];
                const int rc = op.truncate
                    ? r->pMethods->xTruncate(r, op.offset)
                    : r->pMethods->xWrite(r, op.data.data(), int(op.data.size()), op.offset);
                if (rc != SQLITE_OK) {
                    ops.erase(ops.begin(), ops.begin() + std::ptrdiff_t(i));
                    return rc;
                }
            }
            v.m_pending.erase(it);
        }
        if (cutAfter)
            v.cutLocked(v.m_cutMode);
        return SQLITE_OK;
    }

    static int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
    {
        File *f = wrapped(file);
        sqlite3_file *r = real(file);
        if (!f->path)
            return r->pMethods->xFileSize(r, size);
        PowerCutVfs &v = *f->vfs;
        std::lock_guard lock(v.m_mutex);
        if (v.m_off)
            return SQLITE_IOERR_FSTAT;
        if (const int rc = r->pMethods->xFileSize(r, size); rc != SQLITE_OK)
            return rc;
        const auto it = v.m_pending.find(*f->path);
        if (it != v.m_pending.end())
            *size = PowerCutVfs::logicalSize(*size, it->second);
        return SQLITE_OK;
    }

    static int xLock(sqlite3_file *file, int level) { return real(file)->pMethods->xLock(real(file), level); }
    static int xUnlock(sqlite3_file *file, int level)
    {
        return real(file)->pMethods->xUnlock(real(file), level);
    }
    static int xCheckReservedLock(sqlite3_file *file, int *out)
    {
        return real(file)->pMethods->xCheckReservedLock(real(file), out);
    }

    static int xFileControl(sqlite3_file *file, int op, void *arg)
    {
        switch (op) {
        case SQLITE_FCNTL_SIZE_HINT:
            // unix would grow the real file at once; a hint may be ignored.
            return SQLITE_OK;
        case SQLITE_FCNTL_MMAP_SIZE:
            *static_cast<sqlite3_int64 *>(arg) = 0; // no memory-mapped reads around xRead
            return SQLITE_OK;
        case SQLITE_FCNTL_VFSNAME:
            *static_cast<char **>(arg) = sqlite3_mprintf("%s", PowerCutVfs::name());
            return SQLITE_OK;
        default:
            return real(file)->pMethods->xFileControl(real(file), op, arg);
        }
    }
    static int xSectorSize(sqlite3_file *file) { return real(file)->pMethods->xSectorSize(real(file)); }
    static int xDeviceCharacteristics(sqlite3_file *file)
    {
        // No atomic or sequential writes promised: only what unix promises by default
        // (powersafe overwrite: bytes outside a write never change, which tearing respects).
        return real(file)->pMethods->xDeviceCharacteristics(real(file)) & SQLITE_IOCAP_POWERSAFE_OVERWRITE;
    }
    static int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
    {
        return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, out);
    }
    static int xShmLock(sqlite3_file *file, int offset, int n, int flags)
    {
        return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
    }
    static void xShmBarrier(sqlite3_file *file) { real(file)->pMethods->xShmBarrier(real(file)); }
    static int xShmUnmap(sqlite3_file *file, int deleteFlag)
    {
        return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
    }

    static const sqlite3_io_methods *ioMethods()
    {
        static const sqlite3_io_methods methods = [] {
            sqlite3_io_methods m {};
            m.iVersion = 2; // shared memory, but no xFetch: every read goes through xRead
            m.xClose = xClose;
            m.xRead = xRead;
            m.xWrite = xWrite;
            m.xTruncate = xTruncate;
            m.xSync = xSync;
            m.xFileSize = xFileSize;
            m.xLock = xLock;
            m.xUnlock = xUnlock;
            m.xCheckReservedLock = xCheckReservedLock;
            m.xFileControl = xFileControl;
            m.xSectorSize = xSectorSize;
            m.xDeviceCharacteristics = xDeviceCharacteristics;
            m.xShmMap = xShmMap;
            m.xShmLock = xShmLock;
            m.xShmBarrier = xShmBarrier;
            m.xShmUnmap = xShmUnmap;
            return m;
        }();
        return &methods;
    }

    // --- the VFS ---

    static int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        PowerCutVfs &v = *self(vfs);
        File *f = wrapped(file);
        f->base.pMethods = nullptr;
        f->vfs = &v;
        f->path = nullptr;
        f->wal = (flags & SQLITE_OPEN_WAL) != 0;
        if (v.m_off)
            return SQLITE_CANTOPEN;
        sqlite3_file *r = real(file);
        std::memset(static_cast<void *>(r), 0, size_t(v.m_real->szOsFile));
        const int rc = v.m_real->xOpen(v.m_real, name, r, flags, outFlags);
        if (rc != SQLITE_OK) {
            if (r->pMethods)
                r->pMethods->xClose(r);
            return rc;
        }
        if (name && !(flags & SQLITE_OPEN_DELETEONCLOSE))
            f->path = new std::string(name);
        f->base.pMethods = ioMethods();
        v.m_openFiles.fetch_add(1);
        std::lock_guard lock(v.m_mutex);
        ++v.m_stats.opens;
        return SQLITE_OK;
    }

    static int xDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
    {
        PowerCutVfs &v = *self(vfs);
        {
            std::lock_guard lock(v.m_mutex);
            if (v.m_off)
                return SQLITE_IOERR_DELETE;
            v.m_pending.erase(name);
        }
        return v.m_real->xDelete(v.m_real, name, syncDir);
    }
    static int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
    {
        return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, out);
    }
    static int xFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
    {
        return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
    }
    static void *xDlOpen(sqlite3_vfs *vfs, const char *name)
    {
        return realVfs(vfs)->xDlOpen(realVfs(vfs), name);
    }
    static void xDlError(sqlite3_vfs *vfs, int size, char *out)
    {
        realVfs(vfs)->xDlError(realVfs(vfs), size, out);
    }
    using Symbol = void (*)(void);
    static Symbol xDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol)
    {
        return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
    }
    static void xDlClose(sqlite3_vfs *vfs, void *handle) { realVfs(vfs)->xDlClose(realVfs(vfs), handle); }
    static int xRandomness(sqlite3_vfs *vfs, int size, char *out)
    {
        return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
    }
    static int xSleep(sqlite3_vfs *vfs, int micros) { return realVfs(vfs)->xSleep(realVfs(vfs), micros); }
    static int xCurrentTime(sqlite3_vfs *vfs, double *out)
    {
        return realVfs(vfs)->xCurrentTime(realVfs(vfs), out);
    }
    static int xGetLastError(sqlite3_vfs *vfs, int size, char *out)
    {
        return realVfs(vfs)->xGetLastError(realVfs(vfs), size, out);
    }
    static int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
    {
        return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), out);
    }
    static int xSetSystemCall(sqlite3_vfs *vfs, const char *name, sqlite3_syscall_ptr call)
    {
        return realVfs(vfs)->xSetSystemCall(realVfs(vfs), name, call);
    }
    static sqlite3_syscall_ptr xGetSystemCall(sqlite3_vfs *vfs, const char *name)
    {
        return realVfs(vfs)->xGetSystemCall(realVfs(vfs), name);
    }
    static const char *xNextSystemCall(sqlite3_vfs *vfs, const char *name)
    {
        return realVfs(vfs)->xNextSystemCall(realVfs(vfs), name);
    }
};

PowerCutVfs::PowerCutVfs()
    : m_real(sqlite3_vfs_find(nullptr))
    , m_vfs(new sqlite3_vfs {})
{
    using M = PowerCutMethods;
    m_vfs->iVersion = std::min(m_real->iVersion, 3);
    m_vfs->szOsFile = M::kHeader + m_real->szOsFile;
    m_vfs->mxPathname = m_real->mxPathname;
    m_vfs->zName = name();
    m_vfs->pAppData = this;
    m_vfs->xOpen = M::xOpen;
    m_vfs->xDelete = M::xDelete;
    m_vfs->xAccess = M::xAccess;
    m_vfs->xFullPathname = M::xFullPathname;
    m_vfs->xDlOpen = M::xDlOpen;
    m_vfs->xDlError = M::xDlError;
    m_vfs->xDlSym = M::xDlSym;
    m_vfs->xDlClose = M::xDlClose;
    m_vfs->xRandomness = M::xRandomness;
    m_vfs->xSleep = M::xSleep;
    m_vfs->xCurrentTime = M::xCurrentTime;
    m_vfs->xGetLastError = M::xGetLastError;
    if (m_vfs->iVersion >= 2)
        m_vfs->xCurrentTimeInt64 = M::xCurrentTimeInt64;
    if (m_vfs->iVersion >= 3) {
        m_vfs->xSetSystemCall = M::xSetSystemCall;
        m_vfs->xGetSystemCall = M::xGetSystemCall;
        m_vfs->xNextSystemCall = M::xNextSystemCall;
    }
    sqlite3_vfs_register(m_vfs, 0);
}

PowerCutVfs::~PowerCutVfs()
{
    uninstall();
    sqlite3_vfs_unregister(m_vfs);
    delete m_vfs;
}

void PowerCutVfs::install()
{
    sqlite3_vfs_register(m_vfs, 1);
}

void PowerCutVfs::uninstall()
{
    sqlite3_vfs_register(m_real, 1);
}

void PowerCutVfs::armCut(qint64 at, bool afterCall, CutMode mode, int tearBytes)
{
    std::lock_guard lock(m_mutex);
    m_tearBytes = tearBytes;
    m_cutAt = m_mutations + std::max<qint64>(at, 1);
    m_cutAfter = afterCall;
    m_cutMode = mode;
}

void PowerCutVfs::cut(CutMode mode)
{
    std::lock_guard lock(m_mutex);
    m_tearBytes = 0;
    if (!m_off)
        cutLocked(mode);
}

void PowerCutVfs::injectFaults(qint64 from, qint64 count, Faults faults)
{
    std::lock_guard lock(m_mutex);
    m_faultFrom = m_mutations + std::max<qint64>(from, 1);
    m_faultUntil = m_faultFrom + count;
    m_faults = faults;
}

void PowerCutVfs::stopFaults()
{
    std::lock_guard lock(m_mutex);
    m_faultFrom = m_faultUntil = -1;
}

PowerCutVfs::Stats PowerCutVfs::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

qint64 PowerCutVfs::mutations() const
{
    std::lock_guard lock(m_mutex);
    return m_mutations;
}

qint64 PowerCutVfs::pendingWrites() const
{
    std::lock_guard lock(m_mutex);
    qint64 n = 0;
    for (const auto &[path, pending] : m_pending)
        n += qint64(pending.ops.size());
    return n;
}

int PowerCutVfs::beforeMutation(Call call, bool *cutAfter)
{
    if (m_off)
        return PowerCutMethods::offCode(call);
    ++m_mutations;
    if (m_faultFrom >= 0 && m_mutations >= m_faultFrom && m_mutations < m_faultUntil) {
        const int code = call == Call::Write ? m_faults.writeCode
            : call == Call::Sync             ? m_faults.syncCode
                                             : m_faults.truncateCode;
        if (code != SQLITE_OK) {
            ++m_stats.faults;
            return code;
        }
    }
    if (m_cutAt >= 0 && m_mutations >= m_cutAt) {
        if (m_cutAfter) {
            *cutAfter = true;
        } else {
            cutLocked(m_cutMode);
            return PowerCutMethods::offCode(call);
        }
    }
    return SQLITE_OK;
}

void PowerCutVfs::cutLocked(CutMode mode)
{
    m_off = true;
    m_cutAt = -1;
    ++m_stats.cuts;
    std::vector<std::pair<const std::string *, Op *>> all;
    for (auto &[path, pending] : m_pending)
        for (Op &op : pending.ops)
            all.emplace_back(&path, &op);
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.second->seq < b.second->seq; });
    const bool subset = mode == CutMode::RandomSubset || mode == CutMode::RandomSubsetTearLast;
    const bool tear = mode == CutMode::DropAllTearLast || mode == CutMode::RandomSubsetTearLast;
    // The write that was under way when the power went: the newest one.
    const auto last = std::find_if(all.rbegin(), all.rend(), [](const auto &p) {
        return !p.second->truncate && p.second->data.size() >= 2;
    });
    const Op *torn = tear && last != all.rend() ? last->second : nullptr;
    for (auto &[path, op] : all) {
        if (op == torn) {
            std::uniform_int_distribution<size_t> at(1, op->data.size() - 1);
            Survivor s { *path, std::move(*op) };
            s.op.data.resize(m_tearBytes > 0 ? std::min(size_t(m_tearBytes), op->data.size() - 1)
                                             : at(m_random));
            m_survivors.push_back(std::move(s));
            ++m_stats.tornWrites;
        } else if (subset && (m_random() & 1)) {
            m_survivors.push_back(Survivor { *path, std::move(*op) });
            ++m_stats.keptWrites;
        } else {
            ++m_stats.droppedWrites;
        }
    }
    m_pending.clear();
}

qint64 PowerCutVfs::logicalSize(qint64 realSize, const Pending &pending)
{
    qint64 size = realSize;
    for (const Op &op : pending.ops)
        size = op.truncate ? op.offset : std::max<qint64>(size, op.offset + qint64(op.data.size()));
    return size;
}

bool PowerCutVfs::reboot(QString *error)
{
    if (m_openFiles.load() != 0) {
        *error = QStringLiteral("%1 files are still open").arg(m_openFiles.load());
        return false;
    }
    std::lock_guard lock(m_mutex);
    for (const Survivor &s : m_survivors) {
        QFile file(QString::fromStdString(s.path));
        if (!file.open(QIODevice::ReadWrite)) {
            *error = QStringLiteral("cannot write what survived to %1: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
        const bool ok = s.op.truncate
            ? file.resize(s.op.offset)
            : (file.seek(s.op.offset)
               && file.write(s.op.data.data(), qint64(s.op.data.size())) == qint64(s.op.data.size()));
        if (!ok) {
            *error = QStringLiteral("cannot write what survived to %1: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
    }
    m_survivors.clear();
    m_pending.clear();
    m_faultFrom = m_faultUntil = -1;
    m_cutAt = -1;
    m_off = false;
    return true;
}

} // namespace smsdesk::test
