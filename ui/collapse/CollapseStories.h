#pragma once

#include <QCoreApplication>
#include <QString>

namespace genlab::ui {

// What to watch in the mode-collapse lab for each story preset: two or three sentences shown
// above the view when that preset is chosen.
class CollapseStories
{
    Q_DECLARE_TR_FUNCTIONS(genlab::ui::CollapseStories)

public:
    // Empty for presets without a collapse story.
    static QString explanation(const QString& presetName);
};

} // namespace genlab::ui
