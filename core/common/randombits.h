// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace smsdesk {

// Random numbers as a dependency, like the Clock: where ids, leases or jitter need chance,
// the composition root gives a source and a test may give a fixed sequence.
using RandomBits = std::function<quint64()>;

// A source of its own, securely seeded. Each copy carries its own generator state, so a
// copy handed to another thread shares nothing with the original.
RandomBits seededRandomBits();

} // namespace smsdesk
