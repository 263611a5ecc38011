#include "WindowCommand.h"

#include "CommandRegistry.h"
#include "common/BuildInfo.h"
#include "common/InputError.h"
#include "common/TextLanguage.h"
#include "compare/ComparisonPlan.h"
#include "run/RunDirectory.h"
#include "training/PresetCatalog.h"
#include "ui/compare/ComparePanel.h"
#include "ui/window/InterfaceLanguage.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <exception>

namespace genlab::cli {

namespace {
constexpr double kDefaultScreenshotDelaySeconds = 10.0;
} // namespace

QString WindowCommand::name() const
{
    return QStringLiteral("window");
}

QString WindowCommand::summary() const
{
    return QStringLiteral(
        "open the window (--preset P, --train, --run DIR, --tab T, --screenshot FILE --after S)");
}

QString WindowCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab window [options]\n"
                          "       genlab                   (the same, without options)");
}

QVector<VerbOption> WindowCommand::options() const
{
    return {
        {QStringLiteral("preset"), QStringLiteral("P"),
         QStringLiteral("start from preset P (a comparison preset opens the Compare tab)")},
        {QStringLiteral("train"), QString(), QStringLiteral("start training at once")},
        {QStringLiteral("run"), QStringLiteral("DIR"),
         QStringLiteral("open the run folder DIR and follow it")},
        {QStringLiteral("tab"), QStringLiteral("T"),
         QStringLiteral("show the tab titled T (Training, ...; the English title works in any language)")},
        {QStringLiteral("language"), QStringLiteral("L"),
         QStringLiteral("en or zh_CN for this start (default: View > Language's pick, else the system's)")},
        {QStringLiteral("screenshot"), QStringLiteral("FILE"),
         QStringLiteral("save the window as a PNG after --after seconds, then quit")},
        {QStringLiteral("after"), QStringLiteral("S"),
         QStringLiteral("seconds before the screenshot (default %1)").arg(kDefaultScreenshotDelaySeconds)},
    };
}

int WindowCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    bool afterOk = true;
    const double afterSeconds = args.has(QStringLiteral("after"))
                                    ? args.value(QStringLiteral("after")).toDouble(&afterOk)
                                    : kDefaultScreenshotDelaySeconds;
    if (!afterOk || afterSeconds < 0)
        throw InputError(QStringLiteral("--after needs a number of seconds, not '%1'")
                             .arg(args.value(QStringLiteral("after"))));
    const bool hasPreset = args.has(QStringLiteral("preset"));
    const QString preset = args.value(QStringLiteral("preset"));
    // A comparison preset (vae-vs-gan-fashion, ...) opens the Compare tab instead.
    const bool comparison = compare::ComparisonPlan::names().contains(preset);
    if (hasPreset && !comparison && !training::PresetCatalog::names().contains(preset))
        throw InputError(QStringLiteral("unknown preset '%1'; presets: %2; comparisons: %3")
                             .arg(preset, training::PresetCatalog::names().join(QStringLiteral(", ")),
                                  compare::ComparisonPlan::names().join(QStringLiteral(", "))));
    const QString language = args.value(QStringLiteral("language"));
    if (args.has(QStringLiteral("language")) && language != QLatin1String(TextLanguage::kEnglish) &&
        language != QLatin1String(TextLanguage::kChinese))
        throw InputError(QStringLiteral("--language takes en or zh_CN, not '%1'").arg(language));
    const QString runPath = args.value(QStringLiteral("run"));
    if (args.has(QStringLiteral("run")))
        run::RunDirectory::readConfig(runPath); // throws InputError for what is not a run folder
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        throw InputError(QStringLiteral("no display to open the window on (set DISPLAY, or run it under "
                                        "xvfb-run); the headless verbs need none: genlab --help"));

    // QApplication keeps argc and argv for its lifetime: both live until this function returns.
    int argc = 1;
    QByteArray program = QStringLiteral("genlab").toLocal8Bit();
    char* argv[] = {program.data(), nullptr};
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GenLab"));
    QApplication::setApplicationName(QStringLiteral("GenLab"));
    QApplication::setApplicationVersion(BuildInfo::genlabVersion());
    // Before the first widget: Qt translates texts when they are built.
    if (!ui::InterfaceLanguage::install(
            app, args.has(QStringLiteral("language")) ? language : ui::InterfaceLanguage::effective()))
        QTextStream(stderr) << "genlab window: the Chinese translation is missing from this build; "
                               "showing English\n";

    ui::MainWindow window;
    window.show();
    ui::ComparePanel* comparePanel = window.comparePanel();
    if (hasPreset && comparison) {
        comparePanel->selectComparison(preset);
        window.tabs()->setCurrentWidget(comparePanel);
    } else if (hasPreset) {
        window.applyPreset(preset);
    }
    if (args.has(QStringLiteral("run")) && !window.openRun(runPath))
        return 2; // the window has shown why
    if (args.has(QStringLiteral("tab"))) {
        const QString wanted = args.value(QStringLiteral("tab"));
        QStringList titles;
        int found = -1;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            titles << window.tabs()->tabText(i).remove(QLatin1Char('&'));
            // The tab titles are translated in the window's context, so the English name given
            // on the command line finds its tab in Chinese too.
            const QString translated =
                QCoreApplication::translate("genlab::ui::MainWindow", wanted.toUtf8().constData());
            if (titles.last().compare(wanted, Qt::CaseInsensitive) == 0 || titles.last() == translated)
                found = i;
        }
        if (found < 0)
            throw InputError(
                QStringLiteral("no tab '%1'; tabs: %2").arg(wanted, titles.join(QStringLiteral(", "))));
        window.tabs()->setCurrentIndex(found);
    }
    if (args.has(QStringLiteral("train"))) {
        if (comparison)
            comparePanel->startSelected();
        else
            window.trainAction()->trigger();
    }
    if (args.has(QStringLiteral("screenshot"))) {
        const QString file = args.value(QStringLiteral("screenshot"));
        QTimer::singleShot(int(afterSeconds * 1000), &window, [&window, file] {
            if (!window.grab().save(file))
                QTextStream(stderr) << "genlab window: cannot write " << file << '\n';
            window.close();
        });
    }
    const int status = QApplication::exec();
    if (window.restartRequested() && !QProcess::startDetached(QCoreApplication::applicationFilePath(), {}))
        QTextStream(stderr) << "genlab window: could not start again; start GenLab yourself\n";
    return status;
}

} // namespace genlab::cli

using genlab::cli::WindowCommand;
GENLAB_REGISTER_COMMAND(WindowCommand)
