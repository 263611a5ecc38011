#pragma once

#include <QWidget>

namespace genlab::ui {

// The Training tab's first screen, before anything has trained: one card per story preset
// (its name and the first sentence of its story). A click on a card chooses that story and
// starts it; the tab then shows the curves and samples.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget* parent = nullptr);

signals:
    void presetChosen(const QString& name);
};

} // namespace genlab::ui
