#include "io/yaml_progress.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace parley::yaml {
namespace {

// Keeps the position of each document's first event; ignores the rest.
class FirstEventOfDocument : public YAML::EventHandler {
 public:
  int position() const { return position_; }
  int line() const { return line_; }
  void Reset() { seen_ = false; }

  void OnDocumentStart(const YAML::Mark& mark) override { Note(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { Note(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { Note(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    Note(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    Note(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    Note(mark);
  }
  void OnMapEnd() override {}

 private:
  void Note(const YAML::Mark& mark) {
    if (seen_) return;
    seen_ = true;
    position_ = mark.pos;
    line_ = mark.line;
  }
  bool seen_ = false;
  int position_ = -1;
  int line_ = 0;
};

}  // namespace

Status CheckParserProgresses(std::string_view text, const std::string& file) {
  std::istringstream stream{std::string(text)};
  YAML::Parser parser(stream);
  FirstEventOfDocument handler;
  int previous = -1;
  try {
    for (;;) {
      handler.Reset();
      if (!parser.HandleNextDocument(handler)) return Ok();
      if (handler.position() >= 0 && handler.position() == previous) {
        return InvalidInput(
            "malformed YAML: the parser cannot get past this line (a ',' outside [ ] or { }?)",
            file, handler.line() + 1);
      }
      previous = handler.position();
    }
  } catch (const YAML::Exception& error) {
    return InvalidInput(fmt::format("malformed YAML: {}", error.msg), file, error.mark.line + 1);
  }
}

}  // namespace parley::yaml
