// HTML main-text extraction with gumbo: walk the tree, keep text blocks, drop chrome.
#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::ingest {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_BR: case GUMBO_TAG_TD: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
      return true;
    default:
      return false;
  }
}

void EndBlock(std::string& out) {
  while (!out.empty() && (out.back() == ' ')) out.pop_back();
  if (out.empty()) return;
  if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
  if (out.back() == '\n') out += '\n';
  else out += "\n\n";
}

void AppendText(std::string& out, const char* text) {
  // Collapse runs of whitespace into one space, as a browser renders them.
  for (const char* p = text; *p; ++p) {
    char c = *p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

// Iterative walk: deeply nested pages must not overflow the stack.
void Walk(GumboNode* root, std::string& out) {
  struct Frame { GumboNode* node; unsigned next; };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    GumboNode* node = f.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      AppendText(out, node->v.text.text);
      stack.pop_back();
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
      stack.pop_back();
      continue;
    }
    const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT
                                      ? node->v.document.children
                                      : node->v.element.children;
    bool element = node->type == GUMBO_NODE_ELEMENT;
    if (f.next == 0 && element) {
      if (IsSkipped(node->v.element.tag)) { stack.pop_back(); continue; }
      if (IsBlock(node->v.element.tag)) EndBlock(out);
    }
    if (f.next < children.length) {
      auto* child = static_cast<GumboNode*>(children.data[f.next++]);
      stack.push_back({child, 0});
      continue;
    }
    if (element && IsBlock(node->v.element.tag)) EndBlock(out);
    stack.pop_back();
  }
}

GumboNode* FindFirst(GumboNode* node, GumboTag tag) {
  std::vector<GumboNode*> todo{node};
  while (!todo.empty()) {
    GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == tag) return n;
    const GumboVector& c = n->v.element.children;
    for (unsigned i = c.length; i-- > 0;) todo.push_back(static_cast<GumboNode*>(c.data[i]));
  }
  return nullptr;
}

std::string TextOf(GumboNode* node) {
  std::string out;
  if (node) Walk(node, out);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

// Publication date from <meta property="article:published_time"> and friends, or <time>.
std::string FindDate(GumboNode* root) {
  static const char* kMetaNames[] = {"article:published_time", "og:published_time",
                                     "datePublished", "pubdate", "date", "dc.date",
                                     "publish-date", "sailthru.date"};
  std::vector<GumboNode*> todo{root};
  std::string time_date;
  while (!todo.empty()) {
    GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_META) {
      GumboAttribute* key = gumbo_get_attribute(&n->v.element.attributes, "property");
      if (!key) key = gumbo_get_attribute(&n->v.element.attributes, "name");
      if (!key) key = gumbo_get_attribute(&n->v.element.attributes, "itemprop");
      GumboAttribute* content = gumbo_get_attribute(&n->v.element.attributes, "content");
      if (key && content) {
        for (const char* name : kMetaNames) {
          if (strcasecmp(key->value, name) == 0 && strlen(content->value) >= 10)
            return std::string(content->value, 10);
        }
      }
    } else if (n->v.element.tag == GUMBO_TAG_TIME && time_date.empty()) {
      GumboAttribute* dt = gumbo_get_attribute(&n->v.element.attributes, "datetime");
      if (dt && strlen(dt->value) >= 10) time_date.assign(dt->value, 10);
    }
    const GumboVector& c = n->v.element.children;
    for (unsigned i = c.length; i-- > 0;) todo.push_back(static_cast<GumboNode*>(c.data[i]));
  }
  return time_date;
}

bool LooksLikeIsoDate(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' && isdigit((unsigned char)d[0]) &&
         isdigit((unsigned char)d[5]) && isdigit((unsigned char)d[8]);
}

}  // namespace

// gumbo's tree construction looks through the stack of open elements for every tag, so
// its time grows with the square of the nesting depth (100,000 nested <div>: 90 s).
// A linear scan of the tags bounds the depth first. Elements that close themselves
// (void elements, "/>") or are closed implicitly by their next sibling (p, li, td...)
// are not counted, so old pages with unclosed paragraphs pass; raw-text elements
// (script, style...) are skipped whole.
size_t HtmlNestingDepth(const std::string& html, size_t limit) {
  static const std::unordered_set<std::string> kUncounted = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr",
      "td", "th", "rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot", "colgroup", "caption",
      "html", "head", "body", "image", "menuitem", "frame", "basefont", "bgsound"};
  static const std::unordered_set<std::string> kRawText = {
      "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
      "plaintext"};
  const size_t n = html.size();
  size_t depth = 0, deepest = 0, i = 0;
  auto lower_name = [&](size_t from, size_t* end) {
    std::string name;
    size_t k = from;
    while (k < n && (isalnum(static_cast<unsigned char>(html[k])) || html[k] == '-')) {
      if (name.size() < 32) name += static_cast<char>(tolower(static_cast<unsigned char>(html[k])));
      ++k;
    }
    *end = k;
    return name;
  };
  // The '>' closing a tag from `k`, skipping quoted attribute values; n when missing.
  auto tag_end = [&](size_t k) {
    char quote = 0;
    for (; k < n; ++k) {
      char c = html[k];
      if (quote) { if (c == quote) quote = 0; }
      else if (c == '"' || c == '\'') quote = c;
      else if (c == '>') return k;
    }
    return n;
  };
  while (i < n) {
    size_t lt = html.find('<', i);
    if (lt == std::string::npos || lt + 1 >= n) break;
    char c = html[lt + 1];
    if (html.compare(lt, 4, "<!--") == 0) {
      size_t close = html.find("-->", lt + 4);
      i = close == std::string::npos ? n : close + 3;
    } else if (c == '!' || c == '?') {
      size_t close = html.find('>', lt);
      i = close == std::string::npos ? n : close + 1;
    } else if (c == '/' && lt + 2 < n && isalpha(static_cast<unsigned char>(html[lt + 2]))) {
      size_t end;
      std::string name = lower_name(lt + 2, &end);
      if (!kUncounted.count(name) && depth > 0) --depth;
      size_t close = html.find('>', end);
      i = close == std::string::npos ? n : close + 1;
    } else if (isalpha(static_cast<unsigned char>(c))) {
      size_t end;
      std::string name = lower_name(lt + 1, &end);
      size_t close = tag_end(end);
      bool self_closing = close < n && close > 0 && html[close - 1] == '/';
      i = close == n ? n : close + 1;
      if (kRawText.count(name)) {
        // Skip to its end tag, case-insensitively.
        std::string end_tag = "</" + name;
        size_t k = i;
        for (;;) {
          k = html.find("</", k);
          if (k == std::string::npos) { i = n; break; }
          if (strncasecmp(html.c_str() + k, end_tag.c_str(), end_tag.size()) == 0) { i = k; break; }
          k += 2;
        }
      } else if (!self_closing && !kUncounted.count(name)) {
        deepest = std::max(deepest, ++depth);
        if (deepest > limit) return deepest;
      }
    } else {
      i = lt + 1;
    }
  }
  return deepest;
}

HtmlText ExtractHtml(const std::string& html) {
  HtmlText result;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  GumboNode* body = FindFirst(output->root, GUMBO_TAG_BODY);
  // Prefer <article> or <main> when the page has one: that is where the story is.
  GumboNode* main_node = body ? FindFirst(body, GUMBO_TAG_ARTICLE) : nullptr;
  if (!main_node && body) main_node = FindFirst(body, GUMBO_TAG_MAIN);
  if (!main_node) main_node = body ? body : output->root;
  result.text = TextOf(main_node);
  result.title = TextOf(FindFirst(output->root, GUMBO_TAG_TITLE));
  std::string date = FindDate(output->root);
  if (LooksLikeIsoDate(date)) result.date = date;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return result;
}

}  // namespace dyad::ingest
