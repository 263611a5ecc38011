// genlab: the window when started without a verb, a command-line tool with one.

#include "cli/CommandRegistry.h"
#include "common/BuildInfo.h"
#include "common/InputError.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <exception>
#include <memory>

namespace {

QString overallHelp()
{
    QString text = QStringLiteral(
        "GenLab - a laboratory for generative models.\n"
        "\n"
        "Usage:\n"
        "  genlab                 open the window\n"
        "  genlab VERB [OPTIONS]  run headless (genlab VERB --help for its options)\n"
        "  genlab --help | --version\n"
        "\n"
        "Verbs:\n");
    for (const auto& command : genlab::cli::CommandRegistry::createAll())
        text += QStringLiteral("  %1 %2\n").arg(command->name().leftJustified(10), command->summary());
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
        err << "genlab " << verb << ": internal error: "
            << QString::fromLocal8Bit(error.what()).section(QLatin1Char('\n'), 0, 0) << '\n';
        return 1;
    }
}

int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GenLab"));
    QApplication::setApplicationName(QStringLiteral("GenLab"));
    QApplication::setApplicationVersion(genlab::BuildInfo::genlabVersion());
    genlab::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1)
        return runVerb(argc, argv);
    return runWindow(argc, argv);
}
