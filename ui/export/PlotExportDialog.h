#pragma once

#include <QDialog>
#include <QSize>

class QLineEdit;
class QSpinBox;

namespace genlab::ui {

// Where and how large a plot is written; the file's suffix picks the format (.pdf is a
// vector PDF, anything else a PNG), both drawn by QCustomPlot's own writers.
class PlotExportDialog : public QDialog
{
    Q_OBJECT

public:
    PlotExportDialog(QWidget* parent, QSize initialSize, const QString& suggestedPath);

    QString path() const;
    void setPath(const QString& path);
    QSize size() const;
    void setSize(QSize size);

private:
    void browse();

    QLineEdit* m_path = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
};

} // namespace genlab::ui
