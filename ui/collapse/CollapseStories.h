#pragma once

#include <QString>

namespace genlab::ui {

// What to watch in the mode-collapse lab for each story preset: two or three sentences shown
// above the view when that preset is chosen.
class CollapseStories
{
public:
    // Empty for presets without a collapse story.
    static QString explanation(const QString& presetName);
};

} // namespace genlab::ui
