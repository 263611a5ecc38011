#pragma once

// Waits, with the event loop running, until a BackgroundRunner has nothing left to do.

#include "ui/jobs/BackgroundRunner.h"

#include <QElapsedTimer>
#include <QTest>

namespace genlab::testing {

inline bool waitIdle(ui::BackgroundRunner* runner, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!runner->isIdle() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return runner->isIdle();
}

} // namespace genlab::testing
