#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace genlab::ui {

class PointsCanvas;

// File > Draw 2-D data...: paint a data set of points with the mouse, take strokes back, save
// it as a CSV, or train on it at once. The points go into a CSV file like any other data set,
// so everything that reads data (the window, `genlab train --data FILE`) reads them the same.
class DrawDataDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: where "Train on these" writes its CSV files.
    explicit DrawDataDialog(const QString& folder, QWidget* parent = nullptr);

    PointsCanvas* canvas() const { return m_canvas; }
    QPushButton* trainButton() const { return m_train; }
    // Writes the points to `path`; false (and the reason on the dialog) when that fails.
    bool saveCsv(const QString& path);
    // The file "Train on these" wrote, once it has.
    QString writtenPath() const { return m_written; }

signals:
    // The points are in `path`: the window opens it as a data source.
    void trainRequested(const QString& path);

private:
    void refresh();
    void saveAs();
    void trainOnThese();

    QString m_folder;
    QString m_written;
    PointsCanvas* m_canvas = nullptr;
    QDoubleSpinBox* m_spread = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_train = nullptr;
};

} // namespace genlab::ui
