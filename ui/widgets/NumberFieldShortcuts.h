#pragma once

#include <QObject>

namespace genlab::ui {

// Lets the window's single-key shortcuts (Space trains, S steps, D and G step one network)
// work while a number field has the focus - the state right after typing a learning rate.
// A spin box claims every key for its text; a space or a letter other than the exponent's e
// cannot be part of a number, so for those the claim is dropped and the shortcut fires.
// Installed on the application.
class NumberFieldShortcuts : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace genlab::ui
