// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QObject>
#include <QTimeZone>

namespace smsdesk {

class CredentialStore;
class Metrics;
class PhoneNumbers;
class QueueStore;
class StoreReader;

// What the route handlers share. All of it lives in (or is safe from) the API thread;
// `context` is the object store futures continue on (`future.then(context, …)`).
struct ApiContext
{
    QObject *context = nullptr;
    const Clock &clock;
    QueueStore &store;
    StoreReader &reader;
    const PhoneNumbers &phoneNumbers;
    CredentialStore *credentials = nullptr; // may be null: writes with credentials are refused
    Metrics *metrics = nullptr; // may be null
    int maxBatch = 1000;
    int maxSegments = 10;
    QTimeZone timeZone; // the business's (quiet hours where a number's own zone is unknown)
};

} // namespace smsdesk
