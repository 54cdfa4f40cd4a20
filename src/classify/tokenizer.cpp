#include "classify/tokenizer.h"
#include "util/text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <system_error>

namespace crampwatch::classify {
namespace {

// By byte: whether it is an ASCII letter or digit. Asked of every byte of
// every word, where one load costs less than six comparisons.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return table;
}();

bool IsAsciiAlnum(unsigned char c) { return kAsciiAlnum[c]; }

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of a typographic punctuation character at `i` (UTF-8 General
// Punctuation U+2000-U+206F and arrows U+2190-U+21FF), or 0.
std::size_t PunctuationLength(std::string_view text, std::size_t i) {
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2) {
    unsigned char second = static_cast<unsigned char>(text[i + 1]);
    if (second == 0x80 || second == 0x81 || second == 0x86 || second == 0x87) return 3;
  }
  return 0;
}

// U+2019, byte by byte: asked after every word, where a memcmp call costs
// more than the comparison.
bool IsRightQuote(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' && text[i + 2] == '\x99';
}

bool IsWordByte(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (IsAsciiAlnum(c)) return true;
  return c >= 0x80 && PunctuationLength(text, i) == 0;
}

class Lexer {
 public:
  Lexer(std::string_view text, const AbbreviationTest& is_abbreviation, TokenizedText& out)
      : text_(text), is_abbreviation_(is_abbreviation), out_(out) {}

  void Run() {
    std::size_t i = 0;
    const char* box = nullptr;
    while (i < text_.size()) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      std::size_t box_length = 0;
      if (c == ' ') {
        // The commonest byte between words: no test below takes it.
        ++i;
      } else if (IsDigit(c)) {
        i = Number(i);
      } else if ((c == '[' || c == 0xE2) && (box_length = BoxLength(i, box)) > 0) {
        Punct(i, i + box_length, box);
        i += box_length;
      } else if (IsWordByte(text_, i)) {
        i = Word(i);
      } else if (c == '.' || c == '!' || c == ';' || c == '\n' || c == '\r') {
        EndSentence(c == ';');
        ++i;
      } else if (c == '?') {
        // "pain?" asks a question; "?sciatica" and "? pregnant" mark a possibility.
        if (i > 0 && IsWordByte(text_, i - 1)) {
          EndSentence();
        } else {
          Punct(i, i + 1, "?");
        }
        ++i;
      } else if (c == ':') {
        Punct(i, i + 1, ":");
        ++i;
      } else if (c == '(' && text_.compare(i, 3, "(-)") == 0) {
        Punct(i, i + 3, "(-)");
        i += 3;
      } else if (c == '+' && i > 0 && IsDigit(static_cast<unsigned char>(text_[i - 1])) &&
                 i + 1 < text_.size() && IsDigit(static_cast<unsigned char>(text_[i + 1]))) {
        // "27+4" is a gestation (weeks+days), not two numbers side by side.
        Punct(i, i + 1, "+");
        ++i;
      } else if (c == '-' && i + 1 < text_.size() && IsDigit(static_cast<unsigned char>(text_[i + 1])) &&
                 (i == 0 || text_[i - 1] == ' ' || text_[i - 1] == '(' || text_[i - 1] == '\n')) {
        // "-10" on its own is a temperature below zero ("at -10", "-25C freezer");
        // "2-3" and "L4-5" are ranges and levels, with no space before the '-'.
        Push(Token::Type::kWord, i, i + 1).text = "minus";
        ++i;
      } else if (c == ',') {
        comma_pending_ = true;
        ++i;
      } else if (std::size_t length = PunctuationLength(text_, i)) {
        i += length;
      } else {
        ++i;
      }
    }
    EndSentence();
  }

 private:
  // A checkbox at `i`: its length, with `box` set to the token it reads as; 0 if none.
  std::size_t BoxLength(std::size_t i, const char*& box) const {
    std::string_view rest = text_.substr(i);
    if (rest.starts_with("\xE2\x98\x90")) return box = kUntickedBox, 3;  // U+2610
    if (rest.starts_with("\xE2\x98\x91") || rest.starts_with("\xE2\x98\x92")) return box = kTickedBox, 3;
    if (rest.empty() || rest[0] != '[') return 0;
    std::size_t j = 1;
    while (j < rest.size() && rest[j] == ' ') ++j;
    if (j < rest.size() && rest[j] == ']') return box = kUntickedBox, j + 1;
    std::size_t mark = 0;
    if (j < rest.size() && (rest[j] == 'x' || rest[j] == 'X' || rest[j] == '*' || rest[j] == 'v' ||
                            rest[j] == 'V' || rest[j] == '_')) {
      mark = 1;
    } else if (rest.substr(j).starts_with("\xE2\x9C\x93") || rest.substr(j).starts_with("\xE2\x9C\x94")) {
      mark = 3;  // U+2713, U+2714
    }
    if (mark == 0) return 0;
    std::size_t close = j + mark;
    while (close < rest.size() && rest[close] == ' ') ++close;
    if (close >= rest.size() || rest[close] != ']') return 0;
    box = rest[j] == '_' ? kUntickedBox : kTickedBox;
    return close + 1;
  }

  std::size_t Number(std::size_t i) {
    std::size_t end = i;
    while (end < text_.size() && IsDigit(static_cast<unsigned char>(text_[end]))) ++end;
    if (end + 1 < text_.size() && text_[end] == '.' && IsDigit(static_cast<unsigned char>(text_[end + 1]))) {
      ++end;
      while (end < text_.size() && IsDigit(static_cast<unsigned char>(text_[end]))) ++end;
    }
    // Letters right after ("2.5mg", "3am") become a word of their own.
    Token& token = Push(Token::Type::kNumber, i, end);
    // from_chars rounds as strtod does, without its locale and setup; a number
    // too long for a double keeps strtod's answer (HUGE_VAL, or 0 when tiny).
    const char* digits = token.text.data();
    if (std::from_chars(digits, digits + token.text.size(), token.value).ec != std::errc()) {
      token.value = std::strtod(std::string(token.text).c_str(), nullptr);  // strtod needs a NUL after it
    }
    return end;
  }

  std::size_t Word(std::size_t i) {
    std::size_t end = i;
    for (;;) {
      while (end < text_.size() && IsWordByte(text_, end)) ++end;
      // "e.g", "i.e", "a.m": a dot between single letters stays inside the word.
      if (end + 1 < text_.size() && text_[end] == '.' && end - i >= 1 &&
          IsAsciiAlnum(static_cast<unsigned char>(text_[end + 1])) &&
          (end + 2 >= text_.size() || !IsAsciiAlnum(static_cast<unsigned char>(text_[end + 2]))) &&
          (end - i == 1 || text_[end - 2] == '.')) {
        ++end;
        continue;
      }
      break;
    }
    // "doesn't" -> "does" "not"; other apostrophes separate words.
    std::size_t quote = 0;
    if (end < text_.size() && text_[end] == '\'') quote = 1;
    if (end < text_.size() && IsRightQuote(text_, end)) quote = 3;
    if (quote && end - i >= 2 && (text_[end - 1] == 'n' || text_[end - 1] == 'N') &&
        end + quote < text_.size() && (text_[end + quote] == 't' || text_[end + quote] == 'T') &&
        (end + quote + 1 >= text_.size() || !IsWordByte(text_, end + quote + 1))) {
      Push(Token::Type::kWord, i, end - 1);
      Push(Token::Type::kWord, end - 1, end + quote + 1).text = "not";
      return end + quote + 1;
    }
    Push(Token::Type::kWord, i, end);
    if (end < text_.size() && text_[end] == '.') {
      std::string_view word = out_.tokens.back().text;
      if (is_abbreviation_ && is_abbreviation_(word)) return end + 1;  // the '.' ends nothing
    }
    return end;
  }

  void Punct(std::size_t begin, std::size_t end, const char* text) {
    Push(Token::Type::kPunct, begin, end).text = text;
  }

  Token& Push(Token::Type type, std::size_t begin, std::size_t end) {
    Token& token = out_.tokens.emplace_back();
    token.type = type;
    token.begin = begin;
    token.end = end;
    token.after_comma = comma_pending_;
    comma_pending_ = false;
    token.text = std::string_view(out_.lowered).substr(begin, end - begin);
    return token;
  }

  void EndSentence(bool list_item = false) {
    if (out_.tokens.size() > sentence_start_) {
      out_.sentences.push_back({sentence_start_, out_.tokens.size(), list_item});
    }
    sentence_start_ = out_.tokens.size();
  }

  std::string_view text_;
  const AbbreviationTest& is_abbreviation_;
  TokenizedText& out_;
  std::size_t sentence_start_ = 0;
  bool comma_pending_ = false;
};

}  // namespace

void Tokenize(std::string_view text, const AbbreviationTest& is_abbreviation, TokenizedText& out) {
  out.Clear();
  out.lowered.resize(text.size());
  std::transform(text.begin(), text.end(), out.lowered.begin(), [](char c) { return AsciiLower(c); });
  Lexer(text, is_abbreviation, out).Run();
}

}  // namespace crampwatch::classify
