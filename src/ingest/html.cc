// HTML main-text extraction with gumbo: walk the tree, keep text blocks, drop chrome.
#include <gumbo.h>

#include <cstring>
#include <string>

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
