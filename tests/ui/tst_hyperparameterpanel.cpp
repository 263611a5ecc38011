#include "ui/setup/HyperParameterPanel.h"
#include "ui/widgets/ScientificSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using genlab::models::HyperParameterSpec;
using genlab::models::HyperParameterSpecs;
using genlab::ui::HyperParameterPanel;

namespace {

HyperParameterSpecs sampleSpecs()
{
    HyperParameterSpec lr;
    lr.name = QStringLiteral("lr_g");
    lr.label = QStringLiteral("Generator learning rate");
    lr.help = QStringLiteral("Step size of the generator's optimiser.");
    lr.type = HyperParameterSpec::Type::Real;
    lr.defaultValue = 1e-4;
    lr.minimum = 1e-6;
    lr.maximum = 1.0;
    lr.logScale = true;
    lr.live = true;

    HyperParameterSpec latent;
    latent.name = QStringLiteral("latent_dim");
    latent.help = QStringLiteral("Size of the noise vector.");
    latent.type = HyperParameterSpec::Type::Integer;
    latent.defaultValue = 2;
    latent.minimum = 1;
    latent.maximum = 256;

    HyperParameterSpec optimiser;
    optimiser.name = QStringLiteral("optimizer");
    optimiser.type = HyperParameterSpec::Type::Choice;
    optimiser.choices = {QStringLiteral("adam"), QStringLiteral("rmsprop"), QStringLiteral("sgd")};
    optimiser.defaultValue = QStringLiteral("adam");

    HyperParameterSpec flag;
    flag.name = QStringLiteral("saturating");
    flag.type = HyperParameterSpec::Type::Boolean;
    flag.defaultValue = false;
    flag.live = true;
    return {lr, latent, optimiser, flag};
}

} // namespace

class HyperParameterPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void panel_showsExactlyTheModelsParametersWithFittingControls()
    {
        HyperParameterPanel panel;
        panel.setSpecs(sampleSpecs(), {});
        QCOMPARE(panel.names(), (QStringList{"lr_g", "latent_dim", "optimizer", "saturating"}));
        QVERIFY(qobject_cast<QDoubleSpinBox*>(panel.editorFor("lr_g")));
        QVERIFY(qobject_cast<QSpinBox*>(panel.editorFor("latent_dim")));
        QVERIFY(qobject_cast<QComboBox*>(panel.editorFor("optimizer")));
        QVERIFY(qobject_cast<QCheckBox*>(panel.editorFor("saturating")));
        auto* latent = qobject_cast<QSpinBox*>(panel.editorFor("latent_dim"));
        QCOMPARE(latent->maximum(), 256);
        QVERIFY(panel.editorFor("lr_g")->toolTip().contains("optimiser"));
        QCOMPARE(panel.values().value("latent_dim").toInt(), 2);
        QCOMPARE(panel.values().value("lr_g").toDouble(), 1e-4);
    }

    void newSpecs_replaceTheOldControls()
    {
        HyperParameterPanel panel;
        panel.setSpecs(sampleSpecs(), {});
        panel.setSpecs(sampleSpecs().mid(0, 1), {{"lr_g", 0.5}});
        QCOMPARE(panel.names(), QStringList{"lr_g"});
        QVERIFY(!panel.editorFor("latent_dim"));
        QCOMPARE(panel.values().value("lr_g").toDouble(), 0.5);
    }

    void editing_emitsTheNewValue()
    {
        HyperParameterPanel panel;
        panel.setSpecs(sampleSpecs(), {});
        QSignalSpy changed(&panel, &HyperParameterPanel::valueChanged);
        qobject_cast<QComboBox*>(panel.editorFor("optimizer"))->setCurrentText("sgd");
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("optimizer"));
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("sgd"));
    }

    void logScaleArrows_doubleAndHalveTheValue()
    {
        HyperParameterPanel panel;
        panel.setSpecs(sampleSpecs(), {});
        auto* lr = qobject_cast<QDoubleSpinBox*>(panel.editorFor("lr_g"));
        lr->stepBy(1);
        QVERIFY(qAbs(lr->value() - 2e-4) < 1e-12);
        lr->stepBy(-2);
        QVERIFY(qAbs(lr->value() - 5e-5) < 1e-12);
    }

    void numbers_shareOneCompactFormat()
    {
        using genlab::ui::ScientificSpinBox;
        QCOMPARE(ScientificSpinBox::compactText(1e-5), QStringLiteral("1e-5"));
        QCOMPARE(ScientificSpinBox::compactText(2.5e-4), QStringLiteral("2.5e-4"));
        QCOMPARE(ScientificSpinBox::compactText(1e5), QStringLiteral("1e5"));
        QCOMPARE(ScientificSpinBox::compactText(1e6), QStringLiteral("1e6"));
        QCOMPARE(ScientificSpinBox::compactText(0.01), QStringLiteral("0.01"));
        QCOMPARE(ScientificSpinBox::compactText(2500), QStringLiteral("2500"));
        QCOMPARE(ScientificSpinBox::compactText(0), QStringLiteral("0"));
        // What a field shows, it reads back.
        HyperParameterPanel panel;
        panel.setSpecs(sampleSpecs(), {});
        auto* lr = qobject_cast<QDoubleSpinBox*>(panel.editorFor("lr_g"));
        lr->setValue(0.5);
        QCOMPARE(lr->text(), QStringLiteral("0.5"));
        lr->setValue(3e-5);
        QCOMPARE(lr->text(), QStringLiteral("3e-5"));
        QCOMPARE(lr->valueFromText(QStringLiteral("1e5")), 1e5);
    }

    void activeRun_locksOnlyTheSettingsThatCannotChangeLive()
    {
        HyperParameterPanel panel;
        panel.setSpecs(sampleSpecs(), {});
        panel.setRunActive(true);
        QVERIFY(panel.editorFor("lr_g")->isEnabled());
        QVERIFY(!panel.editorFor("latent_dim")->isEnabled());
        QVERIFY(panel.editorFor("saturating")->isEnabled());
        panel.setRunActive(false);
        QVERIFY(panel.editorFor("latent_dim")->isEnabled());
    }
};

QTEST_MAIN(HyperParameterPanelTest)
#include "tst_hyperparameterpanel.moc"
