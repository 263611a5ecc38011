#include "PlotExportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace genlab::ui {

PlotExportDialog::PlotExportDialog(QWidget* parent, QSize initialSize, const QString& suggestedPath)
    : QDialog(parent)
{
    setWindowTitle(tr("Export plot"));
    auto* form = new QFormLayout(this);
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &PlotExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File (.png or .pdf)"), pathRow);

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(100, 8000);
        box->setSingleStep(100);
        box->setSuffix(tr(" px"));
    }
    setSize(initialSize);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    form->addRow(tr("Width, height"), sizeRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString PlotExportDialog::path() const
{
    return m_path->text().trimmed();
}

void PlotExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

QSize PlotExportDialog::size() const
{
    return QSize(m_width->value(), m_height->value());
}

void PlotExportDialog::setSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void PlotExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(),
                                                        tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace genlab::ui
