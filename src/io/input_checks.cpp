#include "io/input_checks.h"

#include <fmt/format.h>

#include <algorithm>

namespace parley {
namespace {

// Length of the valid UTF-8 sequence starting at `at`, or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid; RFC 3629).
std::size_t SequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

Status CheckUtf8(std::string_view text, const std::string& file) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = SequenceLength(text, at);
    if (length == 0) {
      const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
      return InvalidInput(fmt::format("invalid UTF-8 at byte {} (0x{:02X}); parley reads UTF-8 "
                                      "text only",
                                      at, static_cast<unsigned char>(text[at])),
                          file, line, "encoding");
    }
    at += length;
  }
  return Ok();
}

Status CheckInputSize(std::string_view text, const std::string& file) {
  if (text.size() <= kMaxInputBytes) return Ok();
  return InvalidInput(fmt::format("the input has {} bytes; parley reads at most {} (64 MiB)",
                                  text.size(), kMaxInputBytes),
                      file, 0, "size");
}

Status CheckRawInput(std::string_view text, const std::string& file) {
  if (auto s = CheckInputSize(text, file); !s) return s;
  return CheckUtf8(text, file);
}

}  // namespace parley
