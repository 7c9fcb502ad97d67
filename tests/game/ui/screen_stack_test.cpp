#include "game/ui/screen_stack.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace tarikh::ui;

namespace {

// A screen that logs what the stack does to it.
class LogScreen : public Screen {
 public:
  LogScreen(std::string name, std::vector<std::string>& log) : name_(std::move(name)), log_(log) {}
  ~LogScreen() override { log_.push_back("destroy " + name_); }
  std::string_view name() const override { return name_; }
  void enter() override { log_.push_back("enter " + name_); }
  void leave() override { log_.push_back("leave " + name_); }
  void handle(const InputEvent&, const View&) override {}
  void draw(Canvas&) const override {}

 private:
  std::string name_;
  std::vector<std::string>& log_;
};

}  // namespace

TEST(ScreenStack, RequestsWaitForApply) {
  std::vector<std::string> log;
  ScreenStack stack;
  EXPECT_EQ(stack.top(), nullptr);
  stack.push(std::make_unique<LogScreen>("home", log));
  EXPECT_EQ(stack.top(), nullptr);  // queued, not applied
  EXPECT_TRUE(stack.pending());
  EXPECT_TRUE(stack.apply());
  ASSERT_NE(stack.top(), nullptr);
  EXPECT_EQ(stack.top()->name(), "home");
  EXPECT_FALSE(stack.apply());  // nothing queued

  stack.push(std::make_unique<LogScreen>("study", log));
  EXPECT_EQ(stack.top()->name(), "home");
  stack.apply();
  EXPECT_EQ(stack.top()->name(), "study");
  EXPECT_EQ(stack.size(), 2u);

  stack.pop();
  EXPECT_EQ(stack.top()->name(), "study");  // still there until the frame ends
  stack.apply();
  EXPECT_EQ(stack.top()->name(), "home");
  EXPECT_EQ(log, (std::vector<std::string>{"enter home", "leave home", "enter study", "leave study",
                                           "destroy study", "enter home"}));
}

TEST(ScreenStack, SeveralRequestsApplyInOrderWithOneEnter) {
  std::vector<std::string> log;
  ScreenStack stack;
  stack.push(std::make_unique<LogScreen>("home", log));
  stack.apply();
  log.clear();
  stack.push(std::make_unique<LogScreen>("quiz", log));
  stack.replace(std::make_unique<LogScreen>("stats", log));
  stack.apply();
  EXPECT_EQ(stack.size(), 2u);
  EXPECT_EQ(stack.top()->name(), "stats");
  // home left once; quiz never came on top between frames, so it never entered.
  EXPECT_EQ(log, (std::vector<std::string>{"leave home", "destroy quiz", "enter stats"}));

  log.clear();
  stack.reset(std::make_unique<LogScreen>("settings", log));
  stack.apply();
  EXPECT_EQ(stack.size(), 1u);
  EXPECT_EQ(stack.top()->name(), "settings");
  EXPECT_EQ(log.front(), "leave stats");
  EXPECT_EQ(log.back(), "enter settings");
}

TEST(ScreenStack, PopOnEmptyIsHarmlessAndClearLeaves) {
  std::vector<std::string> log;
  {
    ScreenStack stack;
    stack.pop();
    stack.apply();
    EXPECT_TRUE(stack.empty());
    stack.push(nullptr);  // ignored
    EXPECT_FALSE(stack.pending());
    stack.push(std::make_unique<LogScreen>("home", log));
    stack.apply();
  }
  EXPECT_EQ(log, (std::vector<std::string>{"enter home", "leave home", "destroy home"}));
}
