#pragma once

#include <QMainWindow>

namespace genlab::ui {

// The GenLab window: menus now; the training panels arrive with the live-window work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void buildMenus();
    void showAbout();
};

} // namespace genlab::ui
