// Tokenizer: splits a text field into sentences of normalised tokens with offsets.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace crampwatch::classify {

/// The tokens of template checkboxes: "[ ]", "[_]", U+2610 unticked;
/// "[x]", "[X]", "[*]", "[v]", U+2713, U+2714 inside brackets, U+2611, U+2612 ticked.
inline constexpr const char* kUntickedBox = "[ ]";
inline constexpr const char* kTickedBox = "[x]";

/// One token. Matching uses `text`; evidence uses the offsets into the original.
struct Token {
  enum class Type { kWord, kNumber, kPunct };
  Type type = Type::kWord;
  // Lower-case ASCII word, number as written, or "?", ":", "(-)". A view of
  // its TokenizedText's `lowered`, of a literal, or of a rules word (expanded
  // shorthand): a token copied into another TokenizedText still views the
  // first one's text, which must outlive it.
  std::string_view text;
  std::size_t begin = 0;   // byte offsets in the original text
  std::size_t end = 0;
  double value = 0;        // for kNumber
  bool after_comma = false;  // a ',' stands between the previous token and this one
};

/// A sentence: tokens [first, last) of the field's token list.
struct Sentence {
  std::size_t first = 0;
  std::size_t last = 0;
  bool ends_list_item = false;  // ended by ';' (an item of a list), not by '.', '!', '?' or a line break
};

/// Not copied or moved: a short `lowered` lives inside the string itself, and
/// the tokens would still view the old one.
struct TokenizedText {
  TokenizedText() = default;
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // The text with 'A'-'Z' lowered, which the tokens' text views: lowered in
  // one pass instead of a string built and lowered per token.
  std::string lowered;

  void Clear() {
    tokens.clear();
    sentences.clear();
    lowered.clear();
  }
};

/// Tells whether a word (lower-case, without its '.') is an abbreviation
/// after which a '.' does not end the sentence.
using AbbreviationTest = std::function<bool(std::string_view)>;

/// Splits `text` into tokens and sentences (docs/classifier.md, "Reading a field").
/// Words are runs of letters and digits (bytes >= 0x80 count as letters,
/// except typographic punctuation such as curly quotes and dashes); ASCII is
/// lower-cased. A decimal number is one token. Sentences end at '.', '!',
/// ';', line breaks, and a '?' that ends a question (one right after a
/// word); a '.' inside a number or after an abbreviation does not end one.
/// A '?' that does not end a question ("?sciatica", "? pregnant"), ':' and
/// "(-)" are tokens, and so are checkboxes (kUntickedBox, kTickedBox).
/// "don't" gives "do", "not". `out` is replaced.
void Tokenize(std::string_view text, const AbbreviationTest& is_abbreviation, TokenizedText& out);

}  // namespace crampwatch::classify
