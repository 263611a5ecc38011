#pragma once

#include <QString>

#include <stdexcept>

namespace genlab::distributed {

// A data-parallel job cannot go on: the other processes did not come, or one of them went away
// (died, was stopped, lost its network). The message is one line that names this process's
// rank, what it waited for and for how long; what the run folder holds is untouched.
class JobError : public std::runtime_error
{
public:
    explicit JobError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace genlab::distributed
