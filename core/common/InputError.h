#pragma once

#include <QString>
#include <stdexcept>

namespace genlab {

// Core's messages for the user (InputError, DivergenceError) go through
// QCoreApplication::translate in the context "genlab::Errors": the window, which installs a
// translator, shows them in its language, and the command line (no translator) in English.

// Something the user handed us (a file, a setting, a number) is wrong. The message names the
// thing and the problem in one line, ready to show in a dialog or on the command line,
// where it becomes exit status 2.
class InputError : public std::runtime_error
{
public:
    explicit InputError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace genlab
