// HTML main-text extraction with libxml2's HTML parser: walk the tree, keep text blocks,
// drop chrome. (Debian's gumbo 0.10 aborts on some malformed tables — an assertion in
// handle_in_table found by fuzz/html_fuzz.cc — which would take the whole batch down;
// libxml2 recovers from any input.)
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::ingest {
namespace {

const char* Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool IsSkipped(const char* tag) {
  static const std::unordered_set<std::string> kSkipped = {
      "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
      "select", "iframe", "svg", "template", "head", "menu"};
  return kSkipped.count(tag) > 0;
}

bool IsBlock(const char* tag) {
  static const std::unordered_set<std::string> kBlocks = {
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "div",
      "section", "article", "tr", "br", "td", "dd", "dt", "pre", "table", "ul", "ol"};
  return kBlocks.count(tag) > 0;
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
  for (const char* p = text; p && *p; ++p) {
    char c = *p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

bool IsElement(const xmlNode* n) { return n->type == XML_ELEMENT_NODE; }

// Iterative walk: deeply nested pages must not overflow the stack.
void Walk(const xmlNode* root, std::string& out) {
  struct Frame { const xmlNode* node; const xmlNode* next; bool entered; };
  std::vector<Frame> stack{{root, nullptr, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const xmlNode* node = f.node;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      AppendText(out, reinterpret_cast<const char*>(node->content));
      stack.pop_back();
      continue;
    }
    bool element = IsElement(node);
    if (!element && node->type != XML_DOCUMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE) {
      stack.pop_back();
      continue;
    }
    if (!f.entered) {
      f.entered = true;
      if (element && IsSkipped(Name(node))) { stack.pop_back(); continue; }
      if (element && IsBlock(Name(node))) EndBlock(out);
      f.next = node->children;
    }
    if (f.next) {
      const xmlNode* child = f.next;
      f.next = child->next;
      stack.push_back({child, nullptr, false});
      continue;
    }
    if (element && IsBlock(Name(node))) EndBlock(out);
    stack.pop_back();
  }
}

const xmlNode* FindFirst(const xmlNode* node, const char* tag) {
  std::vector<const xmlNode*> todo{node};
  while (!todo.empty()) {
    const xmlNode* n = todo.back();
    todo.pop_back();
    if (!n) continue;
    if (IsElement(n) && strcmp(Name(n), tag) == 0) return n;
    if (!IsElement(n) && n->type != XML_DOCUMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE) continue;
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) todo.push_back(*it);
  }
  return nullptr;
}

std::string TextOf(const xmlNode* node) {
  std::string out;
  if (node) Walk(node, out);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

// An attribute's value ("" when absent).
std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

// Publication date from <meta property="article:published_time"> and friends, or <time>.
std::string FindDate(const xmlNode* root) {
  static const char* kMetaNames[] = {"article:published_time", "og:published_time",
                                     "datePublished", "pubdate", "date", "dc.date",
                                     "publish-date", "sailthru.date"};
  std::vector<const xmlNode*> todo{root};
  std::string time_date;
  while (!todo.empty()) {
    const xmlNode* n = todo.back();
    todo.pop_back();
    if (IsElement(n) && strcmp(Name(n), "meta") == 0) {
      std::string key = Attr(n, "property");
      if (key.empty()) key = Attr(n, "name");
      if (key.empty()) key = Attr(n, "itemprop");
      std::string content = Attr(n, "content");
      if (!key.empty() && content.size() >= 10)
        for (const char* name : kMetaNames)
          if (strcasecmp(key.c_str(), name) == 0) return content.substr(0, 10);
    } else if (IsElement(n) && strcmp(Name(n), "time") == 0 && time_date.empty()) {
      std::string dt = Attr(n, "datetime");
      if (dt.size() >= 10) time_date = dt.substr(0, 10);
    }
    if (!IsElement(n) && n->type != XML_DOCUMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE) continue;
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) todo.push_back(*it);
  }
  return time_date;
}

bool LooksLikeIsoDate(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' && isdigit((unsigned char)d[0]) &&
         isdigit((unsigned char)d[5]) && isdigit((unsigned char)d[8]);
}

}  // namespace

// Tree construction looks through the stack of open elements for every tag, so its time
// grows with the square of the nesting depth (gumbo: 100,000 nested <div> took 90 s).
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
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });  // once, before threads parse
  HtmlText result;
  // RECOVER: any input gives a tree; no network, no error output on stderr.
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(std::min<size_t>(html.size(), INT32_MAX)),
                                  nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  if (!doc) return result;
  const xmlNode* root = reinterpret_cast<const xmlNode*>(doc);
  const xmlNode* body = FindFirst(root, "body");
  // Prefer <article> or <main> when the page has one: that is where the story is.
  const xmlNode* main_node = body ? FindFirst(body, "article") : nullptr;
  if (!main_node && body) main_node = FindFirst(body, "main");
  if (!main_node) main_node = body ? body : root;
  result.text = TextOf(main_node);
  const xmlNode* title = FindFirst(root, "title");
  if (title) {
    // <title> sits in <head>, which the walk skips: read its text directly.
    std::string t;
    for (const xmlNode* c = title->children; c; c = c->next)
      if (c->type == XML_TEXT_NODE) AppendText(t, reinterpret_cast<const char*>(c->content));
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    result.title = t;
  }
  std::string date = FindDate(root);
  if (LooksLikeIsoDate(date)) result.date = date;
  xmlFreeDoc(doc);
  return result;
}

}  // namespace dyad::ingest
