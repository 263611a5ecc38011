// bench_slider_latency [--preset P] [--moves N]
//
// The latent explorer's slider latency: the time from a slider's value change to the newly
// decoded image painted in the explorer (the decode on the GUI thread, the canvas update,
// and a synchronous repaint), for the preset's decoder (default vae-fashion: an MLP VAE,
// 28x28 images, 784-400-20). N moves (default 200), one every 16 ms like a drag at screen
// rate, sweeping the first slider back and forth. Prints
//   slider-latency genlab=<median ms> unit=ms cpu=<GUI thread CPU ms in that move>
//   slider-latency-max genlab=<max ms> unit=ms cpu=<...>
// then the same two figures named slider-latency-training(-max) for a drag while the preset
// trains in a TrainingSession and new snapshots reach the explorer. The target is 16 ms (one
// frame at 60 Hz). Run under xvfb-run, or it falls back to the offscreen platform.

#include "BenchArguments.h"
#include "session/SessionController.h"
#include "snapshot/ModelSnapshot.h"
#include "training/PresetCatalog.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"
#include "ui/explorer/LatentExplorerPanel.h"
#include "ui/explorer/LatentSliderBox.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/widgets/ImageCanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// One move: wall-clock time, and the CPU time the GUI thread spent in it (a long move with
// little CPU time was waiting: for the scheduler on a busy machine, or for the snapshot).
struct Move {
    double wall = 0.0;
    double cpu = 0.0;
};

double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) * 1e-6;
}

// Runs the event loop for `ms` milliseconds (what a user's idle time between moves is).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString presetName = QStringLiteral("vae-fashion");
    int moves = 200;
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--preset"))
            presetName = arguments[i + 1];
        else if (arguments[i] == QLatin1String("--moves"))
            moves = int(genlab::bench::numberArgument("bench_slider_latency", arguments[i], arguments[i + 1],
                                                      10, 100000));
    }

    genlab::training::TrainingConfig config;
    bool found = false;
    for (const genlab::training::Preset& preset : genlab::training::PresetCatalog::all()) {
        if (preset.name == presetName) {
            config = preset.config;
            found = true;
        }
    }
    if (!found) {
        std::fprintf(stderr, "bench_slider_latency: unknown preset %s\n", qPrintable(presetName));
        return 2;
    }
    config.outDir.clear();
    // Weights do not change the cost of a decode; a few steps make the images less uniform.
    genlab::training::Trainer trainer(config);
    for (int i = 0; i < 20; ++i)
        trainer.step();

    genlab::ui::LatentExplorerPanel panel;
    panel.resize(1100, 760);
    panel.show();
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
    // Let the background work (principal directions, grids) finish: it is not what is timed.
    QElapsedTimer settle;
    settle.start();
    while ((!panel.runner()->isIdle() || settle.elapsed() < 500) && settle.elapsed() < 60000)
        wait(20);

    QSlider* slider = panel.sliders()->slider(0);
    genlab::ui::ImageCanvas* canvas = panel.decodedCanvas();
    if (!slider || !canvas) {
        std::fprintf(stderr, "bench_slider_latency: the explorer shows no slider\n");
        return 1;
    }
    // Drags the first slider back and forth, one move per frame; returns the sorted times.
    int value = slider->minimum();
    int step = (slider->maximum() - slider->minimum()) / 50;
    auto drag = [&](int* unchanged) {
        std::vector<Move> milliseconds;
        milliseconds.reserve(size_t(moves));
        // A new run rebuilds the sliders: ask for the current one.
        slider = panel.sliders()->slider(0);
        QElapsedTimer clock;
        for (int i = 0; i < moves; ++i) {
            if (value + step > slider->maximum() || value + step < slider->minimum())
                step = -step;
            value += step;
            const QImage before = panel.decodedImage();
            const double cpuBefore = threadCpuMilliseconds();
            clock.start();
            slider->setValue(value);
            canvas->repaint();
            milliseconds.push_back(
                {double(clock.nsecsElapsed()) * 1e-6, threadCpuMilliseconds() - cpuBefore});
            if (panel.decodedImage() == before)
                ++*unchanged;
            wait(16);
        }
        std::sort(milliseconds.begin(), milliseconds.end(),
                  [](const Move& a, const Move& b) { return a.wall < b.wall; });
        return milliseconds;
    };
    int unchanged = 0;
    const std::vector<Move> idle = drag(&unchanged);
    std::printf("slider-latency genlab=%.3f unit=ms cpu=%.3f\n", idle[idle.size() / 2].wall,
                idle[idle.size() / 2].cpu);
    std::printf("slider-latency-max genlab=%.3f unit=ms cpu=%.3f\n", idle.back().wall, idle.back().cpu);
    std::fflush(stdout);

    // The same while the preset trains in a TrainingSession and new snapshots arrive (the
    // explorer redraws its views and looks up nearest images on its worker thread meanwhile).
    QTemporaryDir runs;
    genlab::session::SessionController session;
    QObject::connect(&session, &genlab::session::SessionController::snapshotReady, &panel,
                     &genlab::ui::LatentExplorerPanel::setSnapshot);
    config.outDir = runs.path();
    config.openEnded = true;
    config.steps = 0;
    config.epochs = 0;
    session.configure(config);
    const int before = panel.snapshotsReceived();
    session.start();
    settle.start();
    while (panel.snapshotsReceived() < before + 2 && settle.elapsed() < 60000)
        wait(20);
    const int duringBefore = panel.snapshotsReceived();
    const std::vector<Move> training = drag(&unchanged);
    const int during = panel.snapshotsReceived() - duringBefore;
    session.pause();
    std::printf("slider-latency-training genlab=%.3f unit=ms cpu=%.3f\n", training[training.size() / 2].wall,
                training[training.size() / 2].cpu);
    std::printf("slider-latency-training-max genlab=%.3f unit=ms cpu=%.3f\n", training.back().wall,
                training.back().cpu);
    std::fprintf(stderr,
                 "%d moves each of a %d-D %s decoder (%s), idle and while training (%d snapshots arrived "
                 "during the drag); %d moves left the image unchanged\n",
                 moves, panel.snapshot()->latentDim(), qPrintable(panel.snapshot()->modelKind()),
                 qPrintable(presetName), during, unchanged);
    return 0;
}
