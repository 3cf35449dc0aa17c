// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace smsdesk {

// How a text travels as SMS: its encoding and how many concatenated segments it takes.
struct SegmentInfo
{
    QString encoding; // "GSM-7" or "UCS-2"
    int segments = 0; // 0 for empty text
    int units = 0; // septets (GSM-7, extension chars count 2) or UTF-16 code units (UCS-2)
    int perSegment = 160; // capacity of each segment for this text: 160/153 or 70/67
    int unitsLeft = 0; // room left in the last segment before another one starts
    QString firstNonGsm; // the first character that forces UCS-2 (whole surrogate pair), empty for GSM-7

    bool isUcs2() const { return encoding == QLatin1String("UCS-2"); }
};

// Splits text the way phones and carriers do (3GPP TS 23.038 / 23.040): GSM 03.38 with its
// extension table when every character has a septet, UCS-2 otherwise; a concatenation
// header costs 7 septets (6 bytes) per segment, so 160→153 and 70→67. Checked against
// Twilio's calculator (tests/data/sms-segments.json). Pure and thread-safe.
class SmsSegmenter final
{
public:
    static SegmentInfo analyze(QStringView text);
    static constexpr int kDefaultMaxSegments = 10;

    static constexpr int kGsmSingle = 160;
    static constexpr int kGsmMulti = 153;
    static constexpr int kUcs2Single = 70;
    static constexpr int kUcs2Multi = 67;
};

} // namespace smsdesk
