#include "MainWindow.h"

#include "common/BuildInfo.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace genlab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("GenLab"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    buildMenus();

    auto* welcome = new QLabel(tr("<h2>GenLab</h2><p>A laboratory for generative models.</p>"), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About GenLab"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GenLab"),
                       tr("<p><b>GenLab</b> - a laboratory for generative models.</p><p>%1</p>")
                           .arg(BuildInfo::summary().toHtmlEscaped()));
}

} // namespace genlab::ui
