// SPDX-License-Identifier: GPL-3.0-or-later
// smsdesk-refgateway (issue 17): the reference gateway dispatch_bench measures against. Plain
// C, one thread, epoll, no Qt: its own cost per request is a few microseconds, so the CPU the
// bench reports is the dispatcher's and not our simulator's. It answers what the MySMSGate
// adapter (core/gateways/mysmsgateadapter.cpp) sends, as core/sim/simroutes_mysmsgate.cpp does:
//
//   POST /api/v1/send {"to": "+...", "message": "...", ...}
//        → 202 {"success":true,"sms_id":N,"status":"pending"}
//          (400 {"success":false,"error":...} without "to" or "message"; the body is
//          checked for the two fields, not parsed as a whole JSON document)
//   GET  /api/v1/history?direction=&limit=&offset=  → 200 an empty page (the pollers' read)
//   GET  /api/v1/devices  → 200 one online phone       GET /api/v1/sms → 404
//   GET  /stats           → 200 the counters below, as JSON
//
//   smsdesk-refgateway [--listen 127.0.0.1:0] [--latency-ms 0] [--api-key K]
//
// It prints "listening on HOST:PORT" on stdout once it accepts connections (the line
// dispatch_bench --gateway-cmd reads), and its counters on stderr when SIGTERM or SIGINT
// ends it. HTTP/1.1 as RFC 9112 asks of a server: persistent connections (HTTP/1.0 only with
// keep-alive), pipelined requests answered in order, requests split over any number of
// reads, Content-Length or chunked bodies, Expect: 100-continue, Connection: close. A fixed
// --latency-ms delays every answer by that long after its request was complete (one timerfd;
// with one latency for all, answers fall due in the order their requests came). Limits: 16
// KiB of request head (431), 1 MiB of body (413).

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

enum { kMaxHead = 16 * 1024, kMaxBody = 1024 * 1024, kMaxOutstanding = 1024 };

typedef struct
{
    char *data;
    size_t len, cap;
} Buffer;

typedef struct Conn
{
    int fd;
    bool open; // false: fd closed; the struct lives until no delayed answer points to it
    bool orphan; // closed, and past the event batch that closed it: freed with its last answer
    bool closing; // an answer with Connection: close is queued; nothing after it is read
    bool peerDone; // the client's EOF: answer what came complete, then close
    bool sentContinue; // 100 Continue already sent for the request being read
    bool pollingOut; // EPOLLOUT registered
    bool pollingIn;
    int delayed; // answers waiting on the latency queue
    Buffer in;
    Buffer out;
    size_t outSent;
    struct Conn *nextClosed; // closed in this event batch (freed after it: events may still name it)
} Conn;

// An answer held back by --latency-ms.
typedef struct Delayed
{
    Conn *conn;
    char *data;
    size_t len;
    uint64_t dueNs;
    struct Delayed *next;
} Delayed;

static struct
{
    uint64_t connections, requests, sendsAccepted, sendsRejected, history, devices, otherRequests;
    uint64_t pipelined; // requests that arrived while an earlier answer on their connection was open
    uint64_t reads, writes;
} g_stats;

static int g_epoll = -1;
static int g_timer = -1;
static uint64_t g_latencyNs;
static const char *g_apiKey;
static Delayed *g_delayedHead, *g_delayedTail;
static uint64_t g_nextSmsId = 1;
static Conn *g_closed;

static void die(const char *what)
{
    perror(what);
    exit(1);
}

static void reserve(Buffer *b, size_t extra)
{
    if (b->len + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra)
        cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data)
        die("realloc");
    b->data = data;
    b->cap = cap;
}

static void append(Buffer *b, const char *data, size_t len)
{
    reserve(b, len);
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

static uint64_t nowNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// RFC 9110 §6.6.1: an origin server with a clock sends Date; formatted once a second.
static const char *httpDate(void)
{
    static char text[64];
    static time_t last = -1;
    const time_t now = time(NULL);
    if (now != last) {
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
        last = now;
    }
    return text;
}

static void updatePolling(Conn *c)
{
    if (!c->open)
        return;
    const bool wantOut = c->outSent < c->out.len;
    const bool wantIn = !c->closing && !c->peerDone && c->delayed < kMaxOutstanding
        && c->out.len - c->outSent < kMaxBody;
    if (wantOut == c->pollingOut && wantIn == c->pollingIn)
        return;
    struct epoll_event ev = { .events = (wantIn ? EPOLLIN : 0) | (wantOut ? EPOLLOUT : 0), .data.ptr = c };
    if (epoll_ctl(g_epoll, EPOLL_CTL_MOD, c->fd, &ev) < 0)
        die("epoll_ctl MOD");
    c->pollingOut = wantOut;
    c->pollingIn = wantIn;
}

static void closeConn(Conn *c)
{
    if (!c->open)
        return;
    epoll_ctl(g_epoll, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    c->open = false;
    free(c->in.data);
    free(c->out.data);
    c->in = (Buffer) { 0 };
    c->out = (Buffer) { 0 };
    c->outSent = 0;
    c->nextClosed = g_closed;
    g_closed = c;
}

// After an event batch: no event names the closed connections any more.
static void reapClosed(void)
{
    while (g_closed) {
        Conn *c = g_closed;
        g_closed = c->nextClosed;
        if (c->delayed == 0)
            free(c);
        else
            c->orphan = true;
    }
}

// Writes what the connection has to send, as far as the socket takes it.
static void flushOut(Conn *c)
{
    while (c->open && c->outSent < c->out.len) {
        const ssize_t n = send(c->fd, c->out.data + c->outSent, c->out.len - c->outSent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                break;
            closeConn(c); // EPIPE, ECONNRESET: the client is gone
            return;
        }
        ++g_stats.writes;
        c->outSent += (size_t)n;
    }
    if (c->open && c->outSent == c->out.len) {
        c->out.len = 0;
        c->outSent = 0;
    }
}

static bool canParse(const Conn *c)
{
    return c->open && !c->closing && c->in.len > 0 && c->delayed < kMaxOutstanding
        && c->out.len - c->outSent < kMaxBody;
}

static int serveOne(Conn *c, Buffer *scratch);

// Answers the complete requests buffered, writes, and closes once nothing more is owed
// after a Connection: close or the client's EOF.
static void serveBuffered(Conn *c)
{
    static Buffer scratch; // a chunked body, decoded
    for (;;) {
        bool served = false;
        while (canParse(c) && serveOne(c, &scratch))
            served = true;
        flushOut(c);
        if (!served || !canParse(c))
            break;
    }
    if (!c->open)
        return;
    if ((c->closing || c->peerDone) && c->delayed == 0 && c->out.len == 0) {
        closeConn(c);
        return;
    }
    updatePolling(c);
}

static void armTimer(void)
{
    struct itimerspec spec = { 0 };
    if (g_delayedHead) {
        const uint64_t due = g_delayedHead->dueNs ? g_delayedHead->dueNs : 1;
        spec.it_value.tv_sec = (time_t)(due / 1000000000u);
        spec.it_value.tv_nsec = (long)(due % 1000000000u);
    }
    if (timerfd_settime(g_timer, TFD_TIMER_ABSTIME, &spec, NULL) < 0)
        die("timerfd_settime");
}

// Queues one answer: at once (into the connection's output, written after the requests of
// this read are all answered) or after the latency.
static void respond(Conn *c, int status, const char *reason, const char *body, bool closeAfter,
                    bool http10KeepAlive)
{
    char head[512];
    const size_t bodyLen = strlen(body);
    const int headLen = snprintf(head, sizeof head,
                                 "HTTP/1.1 %d %s\r\nDate: %s\r\nContent-Type: application/json\r\n"
                                 "Content-Length: %zu\r\n%s\r\n",
                                 status, reason, httpDate(), bodyLen,
                                 closeAfter ? "Connection: close\r\n"
                                            : (http10KeepAlive ? "Connection: keep-alive\r\n" : ""));
    if (closeAfter)
        c->closing = true;
    if (g_latencyNs == 0) {
        append(&c->out, head, (size_t)headLen);
        append(&c->out, body, bodyLen);
        return;
    }
    Delayed *d = calloc(1, sizeof *d);
    if (!d || !(d->data = malloc((size_t)headLen + bodyLen)))
        die("malloc");
    memcpy(d->data, head, (size_t)headLen);
    memcpy(d->data + headLen, body, bodyLen);
    d->len = (size_t)headLen + bodyLen;
    d->conn = c;
    d->dueNs = nowNs() + g_latencyNs;
    ++c->delayed;
    const bool wasEmpty = !g_delayedHead;
    if (g_delayedTail)
        g_delayedTail->next = d;
    else
        g_delayedHead = d;
    g_delayedTail = d;
    if (wasEmpty)
        armTimer();
}

static void releaseDue(void)
{
    uint64_t expirations;
    if (read(g_timer, &expirations, sizeof expirations) < 0 && errno != EAGAIN)
        die("read timerfd");
    const uint64_t now = nowNs();
    while (g_delayedHead && g_delayedHead->dueNs <= now) {
        Delayed *d = g_delayedHead;
        g_delayedHead = d->next;
        if (!g_delayedHead)
            g_delayedTail = NULL;
        Conn *c = d->conn;
        --c->delayed;
        if (c->open) {
            append(&c->out, d->data, d->len);
            serveBuffered(c); // also reads on if the queue had held it back
        } else if (c->orphan && c->delayed == 0) {
            free(c);
        }
        free(d->data);
        free(d);
    }
    armTimer();
}

// Case-insensitive comparison of a header name or token of length len with a C string.
static bool tokenIs(const char *s, size_t len, const char *what)
{
    return strlen(what) == len && strncasecmp(s, what, len) == 0;
}

static bool hasToken(const char *value, size_t len, const char *token)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && (value[i] == ' ' || value[i] == '\t' || value[i] == ','))
            ++i;
        const size_t start = i;
        while (i < len && value[i] != ',')
            ++i;
        size_t end = i;
        while (end > start && (value[end - 1] == ' ' || value[end - 1] == '\t'))
            --end;
        if (end > start && tokenIs(value + start, end - start, token))
            return true;
    }
    return false;
}

// A chunked body starting at p: 1 and its decoded form in *body when complete, 0 when more
// bytes are needed, -1 when malformed or too large. *used is the encoded length.
static int decodeChunked(const char *p, size_t avail, Buffer *body, size_t *used)
{
    size_t i = 0;
    body->len = 0;
    for (;;) {
        const char *eol = memmem(p + i, avail - i, "\r\n", 2);
        if (!eol)
            return avail - i > 1024 ? -1 : 0;
        size_t size = 0;
        size_t digits = 0;
        const char *q = p + i;
        for (; q < eol; ++q, ++digits) {
            const int c = *q;
            int v = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (v < 0)
                break;
            size = size * 16 + (size_t)v;
            if (size > kMaxBody)
                return -1;
        }
        if (digits == 0 || (q < eol && *q != ';' && *q != ' ' && *q != '\t'))
            return -1; // chunk extensions after ';' are ignored, as the RFC allows
        i = (size_t)(eol - p) + 2;
        if (size == 0) { // the last chunk; then trailer fields up to an empty line
            for (;;) {
                const char *end = memmem(p + i, avail - i, "\r\n", 2);
                if (!end)
                    return avail - i > kMaxHead ? -1 : 0;
                const bool empty = end == p + i;
                i = (size_t)(end - p) + 2;
                if (empty) {
                    *used = i;
                    return 1;
                }
            }
        }
        if (avail - i < size + 2)
            return 0;
        if (p[i + size] != '\r' || p[i + size + 1] != '\n' || body->len + size > kMaxBody)
            return -1;
        append(body, p + i, size);
        i += size + 2;
    }
}

// Whether a JSON body names `"key"` with a non-empty string value that starts with `first`
// (0: any). A field check, not a JSON parser: the adapter's bodies are well-formed.
static bool hasStringField(const char *body, size_t len, const char *key, char first)
{
    const size_t keyLen = strlen(key);
    const char *p = body;
    const char *end = body + len;
    while (p < end) {
        const char *hit = memmem(p, (size_t)(end - p), key, keyLen);
        if (!hit)
            return false;
        const char *q = hit + keyLen;
        if (hit > body && hit[-1] == '"' && q < end && *q == '"') {
            ++q;
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
                ++q;
            if (q < end && *q == ':') {
                ++q;
                while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
                    ++q;
                if (q + 1 < end && *q == '"' && q[1] != '"' && (!first || q[1] == first))
                    return true;
            }
        }
        p = hit + 1;
    }
    return false;
}

static unsigned long queryNumber(const char *query, size_t len, const char *name, unsigned long fallback)
{
    const size_t nameLen = strlen(name);
    size_t i = 0;
    while (i < len) {
        size_t end = i;
        while (end < len && query[end] != '&')
            ++end;
        if (end - i > nameLen && strncmp(query + i, name, nameLen) == 0 && query[i + nameLen] == '=') {
            unsigned long v = 0;
            for (size_t k = i + nameLen + 1; k < end && query[k] >= '0' && query[k] <= '9' && v < 1000000; ++k)
                v = v * 10 + (unsigned long)(query[k] - '0');
            return v;
        }
        i = end + 1;
    }
    return fallback;
}

typedef struct
{
    const char *method;
    size_t methodLen;
    const char *path;
    size_t pathLen;
    const char *query;
    size_t queryLen;
    const char *body;
    size_t bodyLen;
    bool authorized;
    bool close;
    bool http10KeepAlive;
} Request;

static void route(Conn *c, const Request *r)
{
    char body[512];
    const bool post = tokenIs(r->method, r->methodLen, "POST");
    const bool get = tokenIs(r->method, r->methodLen, "GET");
    ++g_stats.requests;
#define PATH_IS(p) (r->pathLen == sizeof(p) - 1 && memcmp(r->path, p, sizeof(p) - 1) == 0)
    if (PATH_IS("/stats") && get) {
        snprintf(body, sizeof body,
                 "{\"requests\":%llu,\"accepted\":%llu,\"rejected\":%llu,\"history\":%llu,\"devices\":%llu,"
                 "\"other\":%llu,\"connections\":%llu,\"pipelined\":%llu}",
                 (unsigned long long)g_stats.requests, (unsigned long long)g_stats.sendsAccepted,
                 (unsigned long long)g_stats.sendsRejected, (unsigned long long)g_stats.history,
                 (unsigned long long)g_stats.devices, (unsigned long long)g_stats.otherRequests,
                 (unsigned long long)g_stats.connections, (unsigned long long)g_stats.pipelined);
        respond(c, 200, "OK", body, r->close, r->http10KeepAlive);
        return;
    }
    const bool known = PATH_IS("/api/v1/send") || PATH_IS("/api/v1/history") || PATH_IS("/api/v1/devices")
        || PATH_IS("/api/v1/sms");
    if (!known) {
        ++g_stats.otherRequests;
        respond(c, 404, "Not Found", "{\"success\":false,\"error\":\"Not found\"}", r->close, r->http10KeepAlive);
        return;
    }
    if (!r->authorized) {
        ++g_stats.otherRequests;
        respond(c, 401, "Unauthorized", "{\"success\":false,\"error\":\"Invalid API key\"}", r->close,
                r->http10KeepAlive);
        return;
    }
    if (PATH_IS("/api/v1/send") && post) {
        if (!hasStringField(r->body, r->bodyLen, "to", '+') || !hasStringField(r->body, r->bodyLen, "message", 0)) {
            ++g_stats.sendsRejected;
            respond(c, 400, "Bad Request",
                    "{\"success\":false,\"error\":\"\\\"to\\\" (+CC...) and \\\"message\\\" are required\"}", r->close,
                    r->http10KeepAlive);
            return;
        }
        ++g_stats.sendsAccepted;
        snprintf(body, sizeof body, "{\"success\":true,\"sms_id\":%llu,\"status\":\"pending\"}",
                 (unsigned long long)g_nextSmsId++);
        respond(c, 202, "Accepted", body, r->close, r->http10KeepAlive);
    } else if (PATH_IS("/api/v1/history") && get) {
        ++g_stats.history;
        unsigned long limit = queryNumber(r->query, r->queryLen, "limit", 50);
        limit = limit < 1 ? 1 : limit > 500 ? 500 : limit;
        snprintf(body, sizeof body, "{\"history\":[],\"total\":0,\"limit\":%lu,\"offset\":%lu}", limit,
                 queryNumber(r->query, r->queryLen, "offset", 0));
        respond(c, 200, "OK", body, r->close, r->http10KeepAlive);
    } else if (PATH_IS("/api/v1/devices") && get) {
        ++g_stats.devices;
        respond(c, 200, "OK",
                "{\"devices\":[{\"id\":\"1\",\"name\":\"Reference phone\",\"status\":\"online\","
                "\"default_sim_slot\":0}]}",
                r->close, r->http10KeepAlive);
    } else if (PATH_IS("/api/v1/sms") && get) {
        ++g_stats.otherRequests;
        respond(c, 404, "Not Found", "{\"success\":false,\"error\":\"SMS not found\"}", r->close,
                r->http10KeepAlive);
    } else {
        ++g_stats.otherRequests;
        respond(c, 405, "Method Not Allowed", "{\"success\":false,\"error\":\"Method not allowed\"}", r->close,
                r->http10KeepAlive);
    }
#undef PATH_IS
}

// An error that ends the connection: the stream cannot be trusted past it.
static void refuse(Conn *c, int status, const char *reason)
{
    char body[128];
    snprintf(body, sizeof body, "{\"success\":false,\"error\":\"%s\"}", reason);
    ++g_stats.requests;
    ++g_stats.otherRequests;
    respond(c, status, reason, body, true, false);
}

// Answers the first complete request in c->in. 1: answered and consumed, 0: incomplete.
static int serveOne(Conn *c, Buffer *scratch)
{
    char *p = c->in.data;
    size_t avail = c->in.len;
    size_t skip = 0; // RFC 9112 §2.2: empty lines before a request line are ignored
    while (skip + 1 < avail && p[skip] == '\r' && p[skip + 1] == '\n')
        skip += 2;
    p += skip;
    avail -= skip;
    const char *headEnd = avail >= 4 ? memmem(p, avail, "\r\n\r\n", 4) : NULL;
    if (!headEnd) {
        if (avail > kMaxHead) {
            refuse(c, 431, "Request Header Fields Too Large");
            return 1;
        }
        return 0;
    }
    const size_t headLen = (size_t)(headEnd - p) + 4;
    if (headLen > kMaxHead) {
        refuse(c, 431, "Request Header Fields Too Large");
        return 1;
    }
    Request r = { 0 };
    // request-line = method SP request-target SP HTTP-version
    const char *lineEnd = memmem(p, headLen, "\r\n", 2);
    const char *sp1 = memchr(p, ' ', (size_t)(lineEnd - p));
    const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', (size_t)(lineEnd - sp1 - 1)) : NULL;
    if (!sp1 || !sp2 || sp1 == p || sp2 == sp1 + 1 || lineEnd - sp2 != 9 || memcmp(sp2 + 1, "HTTP/1.", 7) != 0
        || (sp2[8] != '0' && sp2[8] != '1')) {
        refuse(c, 400, "Bad Request");
        return 1;
    }
    const bool http11 = sp2[8] == '1';
    r.method = p;
    r.methodLen = (size_t)(sp1 - p);
    r.path = sp1 + 1;
    const char *question = memchr(r.path, '?', (size_t)(sp2 - r.path));
    r.pathLen = (size_t)((question ? question : sp2) - r.path);
    r.query = question ? question + 1 : sp2;
    r.queryLen = (size_t)(sp2 - r.query);

    bool haveLength = false, chunked = false, expectContinue = false, keepAlive = false, haveHost = false;
    size_t length = 0;
    r.close = !http11;
    r.authorized = g_apiKey == NULL;
    for (const char *line = lineEnd + 2; line < headEnd + 2;) {
        const char *eol = memmem(line, (size_t)(headEnd + 2 - line), "\r\n", 2);
        if (*line == ' ' || *line == '\t') {
            refuse(c, 400, "Bad Request"); // RFC 9112 §5.2: obsolete line folding
            return 1;
        }
        const char *colon = memchr(line, ':', (size_t)(eol - line));
        if (!colon || colon == line || colon[-1] == ' ' || colon[-1] == '\t') {
            refuse(c, 400, "Bad Request"); // RFC 9112 §5.1: no space before the colon
            return 1;
        }
        const char *value = colon + 1;
        while (value < eol && (*value == ' ' || *value == '\t'))
            ++value;
        size_t valueLen = (size_t)(eol - value);
        while (valueLen && (value[valueLen - 1] == ' ' || value[valueLen - 1] == '\t'))
            --valueLen;
        const size_t nameLen = (size_t)(colon - line);
        if (tokenIs(line, nameLen, "Content-Length")) {
            size_t v = 0;
            if (valueLen == 0 || valueLen > 10) {
                refuse(c, 400, "Bad Request");
                return 1;
            }
            for (size_t k = 0; k < valueLen; ++k) {
                if (value[k] < '0' || value[k] > '9') {
                    refuse(c, 400, "Bad Request");
                    return 1;
                }
                v = v * 10 + (size_t)(value[k] - '0');
            }
            if (haveLength && v != length) {
                refuse(c, 400, "Bad Request");
                return 1;
            }
            haveLength = true;
            length = v;
        } else if (tokenIs(line, nameLen, "Transfer-Encoding")) {
            if (!hasToken(value, valueLen, "chunked")) {
                refuse(c, 501, "Not Implemented");
                return 1;
            }
            chunked = true;
        } else if (tokenIs(line, nameLen, "Connection")) {
            if (hasToken(value, valueLen, "close"))
                r.close = true;
            if (hasToken(value, valueLen, "keep-alive"))
                keepAlive = true;
        } else if (tokenIs(line, nameLen, "Host")) {
            haveHost = true;
        } else if (tokenIs(line, nameLen, "Expect")) {
            expectContinue = tokenIs(value, valueLen, "100-continue");
        } else if (tokenIs(line, nameLen, "Authorization") && g_apiKey) {
            r.authorized = valueLen == 7 + strlen(g_apiKey) && strncasecmp(value, "Bearer ", 7) == 0
                && memcmp(value + 7, g_apiKey, valueLen - 7) == 0;
        }
        line = eol + 2;
    }
    if (!http11 && keepAlive && !r.close) {
        r.close = false;
        r.http10KeepAlive = true;
    }
    if (http11 && !haveHost) { // RFC 9112 §3.2
        refuse(c, 400, "Bad Request");
        return 1;
    }
    if (chunked && haveLength) { // RFC 9112 §6.1: possible smuggling; answer and close
        refuse(c, 400, "Bad Request");
        return 1;
    }
    if (haveLength && length > kMaxBody) {
        refuse(c, 413, "Content Too Large");
        return 1;
    }
    size_t used = headLen;
    if (chunked) {
        size_t encoded = 0;
        const int state = decodeChunked(p + headLen, avail - headLen, scratch, &encoded);
        if (state < 0) {
            refuse(c, 400, "Bad Request");
            return 1;
        }
        if (state == 0)
            goto needMore;
        r.body = scratch->data;
        r.bodyLen = scratch->len;
        used += encoded;
    } else {
        if (avail - headLen < length)
            goto needMore;
        r.body = p + headLen;
        r.bodyLen = length;
        used += length;
    }
    if (c->delayed > 0 || c->out.len > c->outSent)
        ++g_stats.pipelined;
    c->sentContinue = false;
    route(c, &r);
    used += skip;
    memmove(c->in.data, c->in.data + used, c->in.len - used);
    c->in.len -= used;
    return 1;

needMore:
    // RFC 9110 §10.1.1: the client may wait for 100 before sending the body; only when
    // nothing else is owed on this connection, so answers stay in order.
    if (expectContinue && http11 && !c->sentContinue && c->delayed == 0 && c->out.len == c->outSent) {
        static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
        append(&c->out, kContinue, sizeof kContinue - 1);
        c->sentContinue = true;
    }
    return 0;
}

static void onReadable(Conn *c)
{
    while (!c->peerDone && c->in.len < kMaxHead + kMaxBody + 64 * 1024) {
        reserve(&c->in, 16 * 1024);
        const ssize_t n = recv(c->fd, c->in.data + c->in.len, c->in.cap - c->in.len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                break;
            closeConn(c);
            return;
        }
        ++g_stats.reads;
        if (n == 0)
            c->peerDone = true;
        c->in.len += (size_t)n;
    }
    serveBuffered(c);
}

static void onAccept(int listener)
{
    for (;;) {
        const int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return; // EAGAIN, or out of descriptors: try on the next event
        }
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        Conn *c = calloc(1, sizeof *c);
        if (!c)
            die("calloc");
        c->fd = fd;
        c->open = true;
        c->pollingIn = true;
        struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
        if (epoll_ctl(g_epoll, EPOLL_CTL_ADD, fd, &ev) < 0)
            die("epoll_ctl ADD");
        ++g_stats.connections;
    }
}

static void printStats(void)
{
    fprintf(stderr,
            "smsdesk-refgateway: %llu requests (%llu sends accepted, %llu rejected, %llu history, %llu devices, "
            "%llu other), %llu connections, %llu pipelined, %llu reads, %llu writes\n",
            (unsigned long long)g_stats.requests, (unsigned long long)g_stats.sendsAccepted,
            (unsigned long long)g_stats.sendsRejected, (unsigned long long)g_stats.history,
            (unsigned long long)g_stats.devices, (unsigned long long)g_stats.otherRequests,
            (unsigned long long)g_stats.connections, (unsigned long long)g_stats.pipelined,
            (unsigned long long)g_stats.reads, (unsigned long long)g_stats.writes);
}

static void usage(const char *program)
{
    fprintf(stderr, "usage: %s [--listen 127.0.0.1:0] [--latency-ms 0] [--api-key KEY]\n", program);
    exit(2);
}

int main(int argc, char **argv)
{
    const char *listenAt = "127.0.0.1:0";
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--listen") == 0 && i + 1 < argc)
            listenAt = argv[++i];
        else if (strcmp(argv[i], "--latency-ms") == 0 && i + 1 < argc)
            g_latencyNs = strtoull(argv[++i], NULL, 10) * 1000000u;
        else if (strcmp(argv[i], "--api-key") == 0 && i + 1 < argc)
            g_apiKey = argv[++i];
        else
            usage(argv[0]);
    }
    char host[64];
    const char *colon = strrchr(listenAt, ':');
    if (!colon || (size_t)(colon - listenAt) >= sizeof host)
        usage(argv[0]);
    memcpy(host, listenAt, (size_t)(colon - listenAt));
    host[colon - listenAt] = '\0';
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(colon + 1)) };
    if (inet_pton(AF_INET, strcmp(host, "localhost") == 0 ? "127.0.0.1" : host, &addr.sin_addr) != 1)
        usage(argv[0]);

    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    if (listener < 0)
        die("socket");
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(listener, SOMAXCONN) < 0)
        die("bind/listen");
    socklen_t addrLen = sizeof addr;
    getsockname(listener, (struct sockaddr *)&addr, &addrLen);

    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigprocmask(SIG_BLOCK, &mask, NULL);
    signal(SIGPIPE, SIG_IGN);
    const int signals = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    g_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    g_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (signals < 0 || g_timer < 0 || g_epoll < 0)
        die("signalfd/timerfd/epoll");
    // Tags for the three fixed descriptors; connections carry their Conn pointer.
    static int listenerTag, timerTag, signalTag;
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &listenerTag };
    epoll_ctl(g_epoll, EPOLL_CTL_ADD, listener, &ev);
    ev.data.ptr = &timerTag;
    epoll_ctl(g_epoll, EPOLL_CTL_ADD, g_timer, &ev);
    ev.data.ptr = &signalTag;
    epoll_ctl(g_epoll, EPOLL_CTL_ADD, signals, &ev);

    char shown[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &addr.sin_addr, shown, sizeof shown);
    printf("listening on %s:%u\n", shown, (unsigned)ntohs(addr.sin_port));
    fflush(stdout);

    struct epoll_event events[64];
    for (;;) {
        const int n = epoll_wait(g_epoll, events, 64, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die("epoll_wait");
        }
        for (int i = 0; i < n; ++i) {
            void *tag = events[i].data.ptr;
            if (tag == &listenerTag) {
                onAccept(listener);
            } else if (tag == &timerTag) {
                releaseDue();
            } else if (tag == &signalTag) {
                printStats();
                return 0;
            } else {
                Conn *c = tag;
                if (c->open && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                    onReadable(c);
                if (c->open && (events[i].events & EPOLLOUT))
                    serveBuffered(c);
            }
        }
        reapClosed();
    }
}
