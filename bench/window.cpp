// bench_window MODE [--preset P] [--seconds S] [--steps N]
//
// GenLab-only figures of the window (run under xvfb-run; bench/run.sh does):
//   ui-stall    the longest and the 99th-percentile gap between ticks of a 1 ms timer in the
//               GUI thread while the preset (default vae-fashion) trains at full speed with the
//               live loss plot and sample grid; measured for S seconds (default 15) once
//               training runs. Prints `ui-stall genlab=<p99> unit=ms` and `ui-stall-max ...`,
//               each with the GUI thread's own CPU time in the gaps (cpu=): a gap with little
//               CPU time was the scheduler (a busy machine), not GenLab's GUI code.
//   first-grid  from process start (the kernel's start time) to the first sample grid painted
//               on screen, for `genlab window --preset vae-fashion --train`.
//   peak-rss    peak resident memory (VmHWM) once the preset (default dcgan-mnist) has done N
//               steps (default 1,000) in the window.

#include "BenchArguments.h"
#include "run/SessionStatus.h"
#include "session/SessionController.h"
#include "ui/training/SampleGridView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <vector>

namespace {

using genlab::run::SessionStatus;

// Seconds since this process started, from the kernel's own record of its start.
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray text = stat.readAll();
    // Field 22 (starttime, clock ticks after boot) counts from after the ')' ending the name.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9 - startTicks / double(sysconf(_SC_CLK_TCK));
}

double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) * 1e-6;
}

long peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Paint events reaching the sample view (or its children) once a preview is shown.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget* view, std::function<void()> painted) : m_view(view), m_painted(std::move(painted))
    {
    }
    bool armed = false;

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            auto* widget = qobject_cast<QWidget*>(object);
            if (widget && (widget == m_view || m_view->isAncestorOf(widget))) {
                armed = false;
                // After this event the painted pixels go to the screen in the same pass.
                QTimer::singleShot(0, m_view, m_painted);
            }
        }
        return false;
    }

private:
    QWidget* m_view;
    std::function<void()> m_painted;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_window ui-stall|first-grid|peak-rss [--preset P] [--seconds S] "
                             "[--steps N]\n");
        return 2;
    }
    const QString mode = arguments.at(1);
    QString preset =
        mode == QLatin1String("peak-rss") ? QStringLiteral("dcgan-mnist") : QStringLiteral("vae-fashion");
    double seconds = 15.0;
    qint64 steps = 1000;
    for (int i = 2; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--preset"))
            preset = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--seconds"))
            seconds = genlab::bench::numberArgument("bench_window", arguments.at(i), arguments.at(i + 1), 0.1,
                                                    3600);
        else if (arguments.at(i) == QLatin1String("--steps"))
            steps = qint64(
                genlab::bench::numberArgument("bench_window", arguments.at(i), arguments.at(i + 1), 1, 1e9));
    }

    QTemporaryDir runs;
    genlab::ui::MainWindow window(nullptr, runs.path());
    window.resize(1400, 900);
    window.show();
    if (!window.applyPreset(preset)) {
        std::fprintf(stderr, "bench_window: preset %s cannot be applied\n", qPrintable(preset));
        return 2;
    }
    int exitCode = 0;
    auto finish = [&](int code) {
        exitCode = code;
        window.close(); // stops the training worker
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };
    // Nothing here may hang the benchmark run.
    QTimer::singleShot(int((seconds + 600) * 1000), &app, [&] {
        std::fprintf(stderr, "bench_window %s: timed out\n", qPrintable(mode));
        finish(1);
    });

    PaintWatcher watcher(window.sampleView(), [&] {
        std::printf("first-grid genlab=%.3f unit=s\n", secondsSinceProcessStart());
        finish(0);
    });
    struct Gap {
        double wall = 0.0; // ms between two ticks
        double cpu = 0.0;  // ms of that the GUI thread spent running
        bool operator<(const Gap& other) const { return wall < other.wall; }
    };
    std::vector<Gap> gaps;
    double lastCpu = 0.0;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    bool measuring = false;
    qint64 stepAtStart = 0;
    double lastTick = 0.0;

    if (mode == QLatin1String("first-grid")) {
        app.installEventFilter(&watcher);
        QObject::connect(window.sampleView(), &genlab::ui::SampleGridView::shownPreviewChanged, &watcher,
                         [&] { watcher.armed = true; });
    } else if (mode == QLatin1String("ui-stall")) {
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const double now = clock.nsecsElapsed() * 1e-6;
            const double cpu = threadCpuMilliseconds();
            gaps.push_back({now - lastTick, cpu - lastCpu});
            lastTick = now;
            lastCpu = cpu;
            if (now >= seconds * 1000.0) {
                ticker.stop();
                std::sort(gaps.begin(), gaps.end());
                const Gap p99 = gaps[std::min(gaps.size() - 1, size_t(gaps.size() * 0.99))];
                std::vector<double> cpu;
                for (const Gap& gap : gaps)
                    cpu.push_back(gap.cpu);
                std::sort(cpu.begin(), cpu.end());
                const qint64 trained = window.session()->lastStatus().step - stepAtStart;
                std::printf("ui-stall genlab=%.2f unit=ms-p99 cpu-p99=%.2f ticks=%zu steps=%lld\n", p99.wall,
                            cpu[std::min(cpu.size() - 1, size_t(cpu.size() * 0.99))], gaps.size(),
                            static_cast<long long>(trained));
                std::printf("ui-stall-max genlab=%.2f unit=ms cpu=%.2f cpu-max=%.2f\n", gaps.back().wall,
                            gaps.back().cpu, cpu.back());
                finish(0);
            }
        });
        // Measure once training runs and the first metrics and preview have arrived.
        QObject::connect(window.session(), &genlab::session::SessionController::statusChanged, &ticker,
                         [&](const SessionStatus& status) {
                             if (measuring || status.state != SessionStatus::State::Running ||
                                 status.step < 1)
                                 return;
                             measuring = true;
                             stepAtStart = status.step;
                             clock.start();
                             lastTick = 0.0;
                             lastCpu = threadCpuMilliseconds();
                             ticker.start();
                         });
    } else if (mode == QLatin1String("peak-rss")) {
        QObject::connect(window.session(), &genlab::session::SessionController::statusChanged, &app,
                         [&](const SessionStatus& status) {
                             if (measuring || status.step < steps)
                                 return;
                             measuring = true;
                             std::printf("peak-rss genlab=%.1f unit=MB steps=%lld\n",
                                         peakResidentKilobytes() / 1024.0,
                                         static_cast<long long>(status.step));
                             finish(0);
                         });
    } else {
        std::fprintf(stderr, "bench_window: unknown mode %s\n", qPrintable(mode));
        return 2;
    }
    window.trainAction()->trigger();
    app.exec();
    std::fflush(stdout);
    return exitCode;
}
