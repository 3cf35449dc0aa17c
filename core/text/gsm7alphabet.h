// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace smsdesk::gsm7 {

// Septets a character takes in the GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1):
// 1 for the basic table, 2 for the extension table (escape + code), 0 when it is not
// GSM-7 at all and forces the whole message into UCS-2.
int septets(char32_t codePoint);

} // namespace smsdesk::gsm7
