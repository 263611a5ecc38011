// genlab: the window when started without a verb, a command-line tool with one.

#include "cli/CommandRegistry.h"
#include "common/BuildInfo.h"
#include "common/InputError.h"
#include "compare/ComparisonPlan.h"
#include "run/RunDirectory.h"
#include "training/PresetCatalog.h"
#include "ui/compare/ComparePanel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <exception>
#include <memory>

namespace {

QString overallHelp()
{
    QString text =
        QStringLiteral("GenLab - a laboratory for generative models.\n"
                       "\n"
                       "Usage:\n"
                       "  genlab                 open the window\n"
                       "  genlab VERB [OPTIONS]  run headless (genlab VERB --help for its options)\n"
                       "  genlab --help | --version\n"
                       "\n"
                       "Verbs:\n");
    for (const auto& command : genlab::cli::CommandRegistry::createAll())
        text += QStringLiteral("  %1 %2\n").arg(command->name().leftJustified(10), command->summary());
    text += QStringLiteral("  %1 %2\n")
                .arg(QStringLiteral("window").leftJustified(10),
                     QStringLiteral("open the window (--preset P, --train, --run DIR, --tab T, --screenshot "
                                    "FILE --after S)"));
    return text;
}

int runVerb(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList words = QCoreApplication::arguments().mid(1);
    const QString verb = words.first();

    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        out << overallHelp();
        return 0;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        out << genlab::BuildInfo::summary() << '\n';
        return 0;
    }
    std::unique_ptr<genlab::cli::Command> command = genlab::cli::CommandRegistry::create(verb);
    if (!command) {
        err << "genlab: unknown verb or option '" << verb << "' (try genlab --help)\n";
        return 2;
    }
    const QStringList arguments = words.mid(1);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << command->usage();
        return 0;
    }
    try {
        return command->run(arguments);
    } catch (const genlab::InputError& error) {
        out.flush();
        err << "genlab " << verb << ": " << error.message() << '\n';
        return 2;
    } catch (const std::exception& error) {
        // Anything else is our fault or the machine's; still one readable line, no core dump.
        out.flush();
        err << "genlab " << verb
            << ": internal error: " << QString::fromLocal8Bit(error.what()).section(QLatin1Char('\n'), 0, 0)
            << '\n';
        return 1;
    }
}

// `genlab` alone, or `genlab window [options]`: the window, optionally set up by a preset
// and training at once; --screenshot saves a picture of it after a while and quits (this is
// how the README's pictures are made under Xvfb).
int runWindow(int argc, char* argv[])
{
    // Everything that can be wrong with the command line is reported before Qt needs a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("window"))
        arguments.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opens the GenLab window."));
    parser.addHelpOption();
    const QCommandLineOption presetOption(QStringLiteral("preset"), QStringLiteral("Start from preset P."),
                                          QStringLiteral("P"));
    const QCommandLineOption trainOption(QStringLiteral("train"), QStringLiteral("Start training at once."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG after --after seconds, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption afterOption(QStringLiteral("after"),
                                         QStringLiteral("Seconds before the screenshot (default 10)."),
                                         QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"), QStringLiteral("Show the tab titled T (Training, ...)."), QStringLiteral("T"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       QStringLiteral("Open the run folder DIR and follow it."),
                                       QStringLiteral("DIR"));
    parser.addOptions({presetOption, trainOption, screenshotOption, afterOption, tabOption, runOption});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "genlab window: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    bool afterOk = false;
    const double afterSeconds = parser.value(afterOption).toDouble(&afterOk);
    if (!afterOk || afterSeconds < 0) {
        QTextStream(stderr) << "genlab window: --after needs a number of seconds, not '"
                            << parser.value(afterOption) << "'\n";
        return 2;
    }
    const QString preset = parser.value(presetOption);
    // A comparison preset (vae-vs-gan-fashion, ...) opens the Compare tab instead.
    const bool comparison = genlab::compare::ComparisonPlan::names().contains(preset);
    if (parser.isSet(presetOption) && !comparison &&
        !genlab::training::PresetCatalog::names().contains(preset)) {
        QTextStream(stderr) << "genlab window: unknown preset '" << preset << "'; presets: "
                            << genlab::training::PresetCatalog::names().join(QStringLiteral(", "))
                            << "; comparisons: "
                            << genlab::compare::ComparisonPlan::names().join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    if (parser.isSet(runOption)) {
        try {
            genlab::run::RunDirectory::readConfig(parser.value(runOption));
        } catch (const std::exception& error) {
            QTextStream(stderr) << "genlab window: " << error.what() << '\n';
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QTextStream(stderr) << "genlab: no display to open the window on (set DISPLAY, or run it under "
                               "xvfb-run); the headless verbs need none: genlab --help\n";
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GenLab"));
    QApplication::setApplicationName(QStringLiteral("GenLab"));
    QApplication::setApplicationVersion(genlab::BuildInfo::genlabVersion());

    genlab::ui::MainWindow window;
    window.show();
    genlab::ui::ComparePanel* compare = window.comparePanel();
    if (parser.isSet(presetOption) && comparison && compare) {
        compare->selectComparison(preset);
        window.tabs()->setCurrentWidget(compare);
    } else if (parser.isSet(presetOption)) {
        window.applyPreset(preset);
    }
    if (parser.isSet(runOption) && !window.openRun(parser.value(runOption)))
        return 2;
    if (parser.isSet(tabOption)) {
        QStringList titles;
        int found = -1;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            titles << window.tabs()->tabText(i).remove(QLatin1Char('&'));
            if (titles.last().compare(parser.value(tabOption), Qt::CaseInsensitive) == 0)
                found = i;
        }
        if (found < 0) {
            QTextStream(stderr) << "genlab window: no tab '" << parser.value(tabOption)
                                << "'; tabs: " << titles.join(QStringLiteral(", ")) << '\n';
            return 2;
        }
        window.tabs()->setCurrentIndex(found);
    }
    if (parser.isSet(trainOption) && comparison && compare)
        compare->startSelected();
    else if (parser.isSet(trainOption))
        window.trainAction()->trigger();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(int(afterSeconds * 1000), &window, [&window, file] {
            if (!window.grab().save(file))
                QTextStream(stderr) << "genlab window: cannot write " << file << '\n';
            window.close();
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "window") == 0)
        return runWindow(argc, argv);
    if (argc > 1)
        return runVerb(argc, argv);
    return runWindow(argc, argv);
}
