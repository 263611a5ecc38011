#pragma once

#include <QString>

#include <cstdint>
#include <stdexcept>

namespace genlab::training {

// A step produced a non-finite loss or diagnostic: the run stops here instead of writing
// garbage. The message names the step and the value; the window and the command line show it.
class DivergenceError : public std::runtime_error
{
public:
    DivergenceError(int64_t step, const QString& valueName, double value)
        : std::runtime_error(QStringLiteral("training diverged at step %1: %2 is %3 (try a lower "
                                            "learning rate or another seed)")
                                 .arg(step)
                                 .arg(valueName)
                                 .arg(value)
                                 .toStdString()),
          m_step(step), m_valueName(valueName)
    {
    }
    int64_t step() const { return m_step; }
    QString valueName() const { return m_valueName; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int64_t m_step;
    QString m_valueName;
};

} // namespace genlab::training
