// SPDX-License-Identifier: GPL-3.0-or-later
#include "randombits.h"

#include <QRandomGenerator>

namespace smsdesk {

RandomBits seededRandomBits()
{
    return [generator = QRandomGenerator::securelySeeded()]() mutable { return generator.generate64(); };
}

} // namespace smsdesk
