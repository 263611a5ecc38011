// explorer_screenshots --run DIR --out PREFIX [--preset P] [--from A --to B]
//
// The README's pictures of the latent explorer: opens the GenLab window on a finished run
// (its newest checkpoint, through ModelSnapshot::open), shows the Latent explorer tab and saves
// one picture per view: PREFIX-interpolation.png (sliders, decoded image and nearest training
// image, both interpolation strips and the norm plot; end points = the encoded first training
// images of classes A and B), PREFIX-traversal.png, PREFIX-traversal-export.png (what the
// view's Save PNG writes) and PREFIX-map.png. The window's chooser
// shows the run's config.json (or --preset P). Run under xvfb-run.
//
// Built by tools/CMakeLists.txt when the top-level CMakeLists.txt adds the folder
// (add_subdirectory(tools)); it links genlab_cli like a bench program.

#include "snapshot/ModelSnapshot.h"
#include "training/TrainerSnapshot.h"
#include "ui/explorer/InterpolationView.h"
#include "ui/explorer/LatentExplorerPanel.h"
#include "ui/explorer/LatentMapView.h"
#include "ui/explorer/LatentSliderBox.h"
#include "ui/explorer/TraversalView.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/setup/SetupPanel.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using genlab::snapshot::ModelSnapshot;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle(genlab::ui::LatentExplorerPanel* panel)
{
    QElapsedTimer clock;
    clock.start();
    wait(300);
    while (!panel->runner()->isIdle() && clock.elapsed() < 120000)
        wait(50);
    wait(500); // queued replots and repaints
}

int firstItemOfClass(const ModelSnapshot& snapshot, int label)
{
    for (int i = 0; i < snapshot.itemCount(ModelSnapshot::Split::Train); ++i)
        if (snapshot.itemLabel(ModelSnapshot::Split::Train, i) == label)
            return i;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GenLabScreenshots")); // leave the user's settings alone
    QCommandLineParser parser;
    const QCommandLineOption runOption(QStringLiteral("run"), QStringLiteral("Run folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("File prefix."),
                                       QStringLiteral("PREFIX"));
    const QCommandLineOption presetOption(QStringLiteral("preset"), QStringLiteral("Preset."),
                                          QStringLiteral("P"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("Class of A."),
                                        QStringLiteral("A"), QStringLiteral("0"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Class of B."),
                                      QStringLiteral("B"), QStringLiteral("7"));
    parser.addOptions({runOption, outOption, presetOption, fromOption, toOption});
    parser.process(app);
    if (!parser.isSet(runOption) || !parser.isSet(outOption)) {
        std::fprintf(stderr, "explorer_screenshots: --run DIR --out PREFIX are needed\n");
        return 2;
    }

    const genlab::snapshot::ModelSnapshotPtr snapshot =
        genlab::training::TrainerSnapshot::open(parser.value(runOption));
    QTemporaryDir runs;
    genlab::ui::MainWindow window(nullptr, runs.path());
    window.resize(1400, 860);
    window.show();
    if (parser.isSet(presetOption)) {
        window.applyPreset(parser.value(presetOption));
    } else {
        // The chooser shows the run's own data, model and settings.
        QFile file(parser.value(runOption) + QStringLiteral("/config.json"));
        if (file.open(QIODevice::ReadOnly)) {
            genlab::training::TrainingConfig config = window.setupPanel()->config();
            config.merge(QJsonDocument::fromJson(file.readAll()).object(), file.fileName());
            window.setupPanel()->setConfig(config);
        }
    }
    auto* panel = window.findChild<genlab::ui::LatentExplorerPanel*>();
    window.tabs()->setCurrentWidget(panel);
    panel->setSampleNoise(1, 64);
    panel->setSnapshot(snapshot);
    settle(panel);

    const QString prefix = parser.value(outOption);
    auto save = [&](const QString& view) {
        settle(panel);
        const QString file = QStringLiteral("%1-%2.png").arg(prefix, view);
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "explorer_screenshots: cannot write %s\n", qPrintable(file));
            return false;
        }
        std::printf("%s\n", qPrintable(file));
        return true;
    };

    // A code from the sample grid, with two sliders moved off it.
    panel->loadSampleGridPixel(QPoint(2 + 3 * 30 + 14, 2 + 2 * 30 + 14));
    if (QSlider* slider = panel->sliders()->slider(0))
        slider->setValue(slider->value() + 120);
    if (QSlider* slider = panel->sliders()->slider(1))
        slider->setValue(slider->value() - 90);

    panel->views()->setCurrentWidget(panel->interpolation());
    if (snapshot->hasEncoder()) {
        const int a = firstItemOfClass(*snapshot, parser.value(fromOption).toInt());
        const int b = firstItemOfClass(*snapshot, parser.value(toOption).toInt());
        panel->interpolation()->setEndPoints(snapshot->encodeItems(ModelSnapshot::Split::Train, {a}),
                                             snapshot->encodeItems(ModelSnapshot::Split::Train, {b}));
    }
    panel->interpolation()->setFrameCount(12);
    bool ok = save(QStringLiteral("interpolation"));
    panel->views()->setCurrentWidget(panel->traversal());
    ok = save(QStringLiteral("traversal")) && ok;
    // What the traversal view's Save PNG writes.
    const QString exported = QStringLiteral("%1-traversal-export.png").arg(prefix);
    ok = panel->traversal()->annotatedImage().save(exported) && ok;
    std::printf("%s\n", qPrintable(exported));
    panel->views()->setCurrentWidget(panel->latentMap());
    ok = save(QStringLiteral("map")) && ok;
    return ok ? 0 : 1;
}
