#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <stdexcept>

namespace genlab::training {

// A step produced a non-finite loss or weight, or the run blew up (BlowUpWatch): it stops
// here instead of writing garbage. The message names the step and the value; the window and
// the command line show it. troubleStep() is when it began - the step itself for a sudden NaN,
// earlier for a loss that grew for a while - so that a recovery goes back to before it.
class DivergenceError : public std::runtime_error
{
public:
    // value: what the quantity is ("nan", "1.2e+23, a million times its level of 0.69").
    DivergenceError(int64_t step, const QString& valueName, const QString& value, int64_t troubleStep)
        : std::runtime_error(
              QCoreApplication::translate("genlab::Errors",
                                          "training diverged at step %1: %2 is %3%4 (try a lower learning "
                                          "rate or another seed)")
                  .arg(step)
                  .arg(
                      valueName, value,
                      troubleStep < step
                          ? QCoreApplication::translate("genlab::Errors", " (since step %1)").arg(troubleStep)
                          : QString())
                  .toStdString()),
          m_step(step), m_troubleStep(troubleStep), m_valueName(valueName)
    {
    }
    int64_t step() const { return m_step; }
    int64_t troubleStep() const { return m_troubleStep; }
    QString valueName() const { return m_valueName; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int64_t m_step;
    int64_t m_troubleStep;
    QString m_valueName;
};

} // namespace genlab::training
