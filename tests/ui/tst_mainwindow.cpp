#include "MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QtTest>

using genlab::ui::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void window_hasTitleAndFileAndHelpMenus()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("GenLab"));
        QStringList menuTitles;
        for (QAction* action : window.menuBar()->actions())
            menuTitles << action->text().remove(QLatin1Char('&'));
        QVERIFY2(menuTitles.contains(QStringLiteral("File")), qPrintable(menuTitles.join(',')));
        QVERIFY2(menuTitles.contains(QStringLiteral("Help")), qPrintable(menuTitles.join(',')));
    }

    void quitAction_closesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
