#include "classify/phrase_matcher.h"

#include <algorithm>

namespace crampwatch::classify {

PhraseMatcher::PhraseMatcher(const std::vector<RuleEntry>& entries) {
  terminals_.emplace_back();  // the root
  for (std::uint32_t index = 0; index < entries.size(); ++index) {
    std::uint32_t node = 0;
    for (const PatternToken& token : entries[index].pattern) {
      std::uint32_t symbol = kNumberSymbol;
      switch (token.type) {
        case PatternToken::Type::kNumber:
          break;
        case PatternToken::Type::kWord: {
          auto [it, added] = words_.emplace(token.text, next_symbol_);
          if (added) ++next_symbol_;
          symbol = it->second;
          break;
        }
        case PatternToken::Type::kPrefix: {
          auto& bucket = prefixes_[token.text.substr(0, 3)];
          auto found = std::find_if(bucket.begin(), bucket.end(),
                                    [&](const auto& prefix) { return prefix.first == token.text; });
          if (found == bucket.end()) {
            bucket.emplace_back(token.text, next_symbol_++);
            found = bucket.end() - 1;
          }
          symbol = found->second;
          break;
        }
      }
      node = AddChild(node, symbol);
    }
    terminals_[node].push_back(index);
  }
}

std::uint32_t PhraseMatcher::Child(std::uint32_t node, std::uint32_t symbol) const {
  auto found = edges_.find(static_cast<std::uint64_t>(node) << 32 | symbol);
  return found == edges_.end() ? 0 : found->second;
}

std::uint32_t PhraseMatcher::AddChild(std::uint32_t node, std::uint32_t symbol) {
  std::uint32_t existing = Child(node, symbol);
  if (existing != 0) return existing;
  auto child = static_cast<std::uint32_t>(terminals_.size());
  terminals_.emplace_back();
  edges_.emplace(static_cast<std::uint64_t>(node) << 32 | symbol, child);
  return child;
}

void PhraseMatcher::SymbolsOf(const Token& token, std::vector<std::uint32_t>& symbols) const {
  if (token.type == Token::Type::kNumber) symbols.push_back(kNumberSymbol);
  if (auto found = words_.find(token.text); found != words_.end()) symbols.push_back(found->second);
  if (token.text.size() >= 3) {
    if (auto bucket = prefixes_.find(token.text.substr(0, 3)); bucket != prefixes_.end()) {
      for (const auto& [prefix, symbol] : bucket->second) {
        if (token.text.compare(0, prefix.size(), prefix) == 0) symbols.push_back(symbol);
      }
    }
  }
}

void PhraseMatcher::FindAll(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                            Scratch& scratch, std::vector<PhraseMatch>& out) const {
  scratch.symbols.clear();
  scratch.symbol_begin.clear();
  for (std::size_t i = first; i < last; ++i) {
    scratch.symbol_begin.push_back(static_cast<std::uint32_t>(scratch.symbols.size()));
    SymbolsOf(tokens[i], scratch.symbols);
  }
  scratch.symbol_begin.push_back(static_cast<std::uint32_t>(scratch.symbols.size()));

  for (std::size_t start = first; start < last; ++start) {
    scratch.frontier.assign(1, 0);
    for (std::size_t position = start; position < last && !scratch.frontier.empty(); ++position) {
      scratch.next.clear();
      std::size_t offset = position - first;
      for (std::uint32_t node : scratch.frontier) {
        for (std::uint32_t s = scratch.symbol_begin[offset]; s < scratch.symbol_begin[offset + 1]; ++s) {
          std::uint32_t child = Child(node, scratch.symbols[s]);
          if (child == 0) continue;
          scratch.next.push_back(child);
          for (std::uint32_t entry : terminals_[child]) {
            out.push_back({entry, static_cast<std::uint32_t>(start),
                           static_cast<std::uint32_t>(position + 1)});
          }
        }
      }
      scratch.frontier.swap(scratch.next);
    }
  }
}

}  // namespace crampwatch::classify
