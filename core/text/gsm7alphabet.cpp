// SPDX-License-Identifier: GPL-3.0-or-later
#include "gsm7alphabet.h"

#include <algorithm>
#include <array>

namespace smsdesk::gsm7 {

namespace {

// The non-ASCII part of the basic table, sorted for binary search. Only the characters
// exactly as the standard lists them: 'Ç' is 0x09 but 'ç' is not in the table (some
// phones render 0x09 as 'ç'; carriers and Twilio's calculator follow the standard).
constexpr std::array<char16_t, 39> kBasicNonAscii = {
    u'\u00A1', // ¡
    u'\u00A3', // £
    u'\u00A4', // ¤
    u'\u00A5', // ¥
    u'\u00A7', // §
    u'\u00BF', // ¿
    u'\u00C4', // Ä
    u'\u00C5', // Å
    u'\u00C6', // Æ
    u'\u00C7', // Ç
    u'\u00C9', // É
    u'\u00D1', // Ñ
    u'\u00D6', // Ö
    u'\u00D8', // Ø
    u'\u00DC', // Ü
    u'\u00DF', // ß
    u'\u00E0', // à
    u'\u00E4', // ä
    u'\u00E5', // å
    u'\u00E6', // æ
    u'\u00E8', // è
    u'\u00E9', // é
    u'\u00EC', // ì
    u'\u00F1', // ñ
    u'\u00F2', // ò
    u'\u00F6', // ö
    u'\u00F8', // ø
    u'\u00F9', // ù
    u'\u00FC', // ü
    u'\u0393', // Γ
    u'\u0394', // Δ
    u'\u0398', // Θ
    u'\u039B', // Λ
    u'\u039E', // Ξ
    u'\u03A0', // Π
    u'\u03A3', // Σ
    u'\u03A6', // Φ
    u'\u03A8', // Ψ
    u'\u03A9', // Ω
};

constexpr bool isStrictlySorted(const std::array<char16_t, 39> &table)
{
    for (std::size_t i = 1; i < table.size(); ++i) {
        if (!(table[i - 1] < table[i]))
            return false;
    }
    return true;
}
static_assert(isStrictlySorted(kBasicNonAscii), "binary search needs the table sorted");

bool isBasicAscii(char32_t c)
{
    // Printable ASCII except the characters the basic table lacks: '`' and the five that
    // live in the extension table (handled there) — [ \ ] ^ { | } ~.
    if (c == U'\n' || c == U'\r')
        return true;
    if (c < 0x20 || c > 0x7E)
        return false;
    switch (c) {
    case U'`':
    case U'[':
    case U'\\':
    case U']':
    case U'^':
    case U'{':
    case U'|':
    case U'}':
    case U'~':
        return false;
    default:
        return true;
    }
}

bool isExtension(char32_t c)
{
    switch (c) {
    case U'\f': // page break
    case U'^':
    case U'{':
    case U'}':
    case U'\\':
    case U'[':
    case U'~':
    case U']':
    case U'|':
    case U'\u20AC': // €
        return true;
    default:
        return false;
    }
}

bool isBasicNonAscii(char32_t c)
{
    if (c > 0xFFFF)
        return false;
    const auto c16 = static_cast<char16_t>(c);
    return std::binary_search(kBasicNonAscii.begin(), kBasicNonAscii.end(), c16);
}

} // namespace

int septets(char32_t codePoint)
{
    if (isBasicAscii(codePoint) || isBasicNonAscii(codePoint))
        return 1;
    if (isExtension(codePoint))
        return 2;
    return 0;
}

} // namespace smsdesk::gsm7
