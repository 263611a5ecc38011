// The window in Simplified Chinese: every text a person can see on it is translated, and
// View > Language remembers a pick and restarts into it.
#include "common/InputError.h"
#include "common/TextLanguage.h"
#include "data/IdxFolderReader.h"
#include "data/PointsCsvReader.h"
#include "training/PresetCatalog.h"
#include "ui/setup/SetupPanel.h"
#include "ui/widgets/ClassNameText.h"
#include "ui/window/InterfaceLanguage.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using genlab::TextLanguage;
using genlab::ui::InterfaceLanguage;
using genlab::ui::MainWindow;

namespace {

// Words that stay in Latin letters in the Chinese window: names of methods, people, formats,
// data sets and the settings' own identifiers (what config.json and the command line spell).
const QSet<QString>& wordsKeptInLatin()
{
    static const QSet<QString> words{
        QStringLiteral("GenLab"),      QStringLiteral("VAE"),       QStringLiteral("GAN"),
        QStringLiteral("WGAN"),        QStringLiteral("DCGAN"),     QStringLiteral("MNIST"),
        QStringLiteral("Fashion"),     QStringLiteral("Zalando"),   QStringLiteral("Adam"),
        QStringLiteral("RMSProp"),     QStringLiteral("SGD"),       QStringLiteral("MLP"),
        QStringLiteral("Wasserstein"), QStringLiteral("Lipschitz"), QStringLiteral("PacGAN"),
        QStringLiteral("PNG"),         QStringLiteral("GIF"),       QStringLiteral("CSV"),
        QStringLiteral("SVG"),         QStringLiteral("PDF"),       QStringLiteral("JSON"),
        QStringLiteral("IDX"),         QStringLiteral("KL"),        QStringLiteral("English"),
        QStringLiteral("Ctrl"),        QStringLiteral("Shift"),     QStringLiteral("Space"),
        QStringLiteral("Larsen"),      QStringLiteral("Qt"),        QStringLiteral("LibTorch"),
        QStringLiteral("OpenBLAS"),    QStringLiteral("CPU"),       QStringLiteral("CUDA"),
        QStringLiteral("npm"),         QStringLiteral("mnist"),     QStringLiteral("fashion"),
        QStringLiteral("mlp"),         QStringLiteral("conv"),      QStringLiteral("adam"),
        QStringLiteral("rmsprop"),     QStringLiteral("sgd"),       QStringLiteral("bce"),
        QStringLiteral("mse"),         QStringLiteral("vae"),       QStringLiteral("gan"),
        QStringLiteral("wgan"),        QStringLiteral("vigan"),     QStringLiteral("gp"),
        QStringLiteral("GP"),          QStringLiteral("VI"),        QStringLiteral("spiral"),
        QStringLiteral("moons"),

        QStringLiteral("lambda"),      QStringLiteral("sigma"),     QStringLiteral("beta"),
        QStringLiteral("gamma"),       QStringLiteral("log"),       QStringLiteral("grad"),
        QStringLiteral("clip"),        QStringLiteral("mean"),      QStringLiteral("modes"),
        QStringLiteral("hq"),          QStringLiteral("rkl"),       QStringLiteral("Debian"),

        QStringLiteral("json"),        QStringLiteral("csv"),       QStringLiteral("png"),
        QStringLiteral("gif"),         QStringLiteral("txt"),       QStringLiteral("ubyte"),
        QStringLiteral("MNIST's"),     QStringLiteral("Su"),        QStringLiteral("al"),
        QStringLiteral("et"),          QStringLiteral("unrolled"), // the name of a paper's GAN
        QStringLiteral("BCE"),         QStringLiteral("logit"),     QStringLiteral("lerp"),
        QStringLiteral("slerp"),       QStringLiteral("PyTorch"),   QStringLiteral("Python"),
        QStringLiteral("README"),      QStringLiteral("critic"), // kept beside 评判器 as the term readers
                                                                 // meet
    };
    return words;
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// The English words of a text: runs of three or more Latin letters that are not part of an
// identifier (lr_d, ring8, --preset, config.json) and not on the list above.
QStringList englishWordsIn(const QString& shown)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_.'/-]*"));
    QStringList found;
    QString text = plain(shown);
    text.remove(QLatin1Char('&'));
    // A command is spelled as the user types it: "genlab train".
    text.remove(QRegularExpression(QStringLiteral("genlab [a-z-]+")));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        if (token.contains(QRegularExpression(QStringLiteral("[0-9_./-]"))))
            continue; // an identifier, a file or a data set's name
        if (token.size() < 3 || wordsKeptInLatin().contains(token))
            continue;
        found << token;
    }
    return found;
}

// Every text a person can read on the window without training: titles, labels, buttons,
// menus, tooltips, combo-box items, table headers.
QStringList visibleTexts(QWidget& window)
{
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        if (!text.trimmed().isEmpty())
            texts << text;
    };
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        add(widget->toolTip());
        add(widget->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        if (auto* box = qobject_cast<QComboBox*>(widget))
            for (int i = 0; i < box->count(); ++i) {
                add(box->itemText(i));
                add(box->itemData(i, Qt::ToolTipRole).toString());
            }
        if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                add(header->model()->headerData(i, header->orientation()).toString());
    }
    for (QAction* action : window.findChildren<QAction*>()) {
        add(action->text());
        add(action->toolTip());
        add(action->statusTip());
    }
    return texts;
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabLanguageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("GenLabLanguageTest"));
        QSettings().clear();
        QVERIFY(m_runs.isValid());
    }

    void localeNames_mapToTheTwoLanguages()
    {
        QCOMPARE(InterfaceLanguage::fromLocaleName(QStringLiteral("zh_CN.UTF-8")), QStringLiteral("zh_CN"));
        QCOMPARE(InterfaceLanguage::fromLocaleName(QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
        QCOMPARE(InterfaceLanguage::fromLocaleName(QStringLiteral("de_DE")), QStringLiteral("en"));
        QCOMPARE(InterfaceLanguage::fromLocaleName(QStringLiteral("C")), QStringLiteral("en"));
    }

    void englishWords_areFoundOutsideIdentifiers()
    {
        // The checker itself: it must see an untranslated phrase and let identifiers pass.
        QCOMPARE(englishWordsIn(QStringLiteral("Open run")),
                 (QStringList{QStringLiteral("Open"), QStringLiteral("run")}));
        QCOMPARE(englishWordsIn(QStringLiteral("<b>Train</b> lr_d ring8 config.json")),
                 (QStringList{QStringLiteral("Train")}));
        QVERIFY(englishWordsIn(QStringLiteral("学习率 lr_d（Adam）")).isEmpty());
    }

    void chineseWindow_showsNoEnglishText()
    {
        QVERIFY(InterfaceLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(TextLanguage::current(), QStringLiteral("zh_CN"));
        MainWindow window(nullptr, m_runs.path());
        window.show();
        // The things a first look meets: the menus, the tabs and a preset's story.
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("训练"));
        const genlab::training::Preset preset =
            genlab::training::PresetCatalog::load(QStringLiteral("gan-collapse-ring8"));
        QVERIFY2(englishWordsIn(preset.story).isEmpty(), qPrintable(preset.story));

        QStringList untranslated;
        for (const QString& text : visibleTexts(window))
            if (!englishWordsIn(text).isEmpty())
                untranslated
                    << QStringLiteral("%1   <- %2").arg(text, englishWordsIn(text).join(QLatin1Char(' ')));
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("\n") + untranslated.join(QLatin1Char('\n'))));
        window.close();
    }

    void engineMessages_speakTheWindowsLanguage()
    {
        // Bad input found by the engine reaches the Chinese window in Chinese.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x,y\n1,2\n1x,3\n");
        file.close();
        QString message;
        try {
            genlab::data::PointsCsvReader::read(path);
        } catch (const genlab::InputError& error) {
            message = error.message();
        }
        QVERIFY(!message.isEmpty());
        QVERIFY2(englishWordsIn(message.remove(path)).isEmpty(), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("不是数字")), qPrintable(message));
    }

    void classNames_speakTheWindowsLanguage()
    {
        // Fashion-MNIST's classes label the coverage bars and the latent map: Chinese in the
        // Chinese window, while a user's own folder names and digits pass through unchanged.
        QVERIFY(InterfaceLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        const QStringList shown =
            genlab::ui::classNameTexts(genlab::data::IdxFolderReader::fashionClassNames());
        QCOMPARE(shown.size(), 10);
        for (const QString& name : shown)
            QVERIFY2(englishWordsIn(name).isEmpty(), qPrintable(name));
        QCOMPARE(shown.at(7), QStringLiteral("运动鞋"));
        QCOMPARE(genlab::ui::classNameText(QStringLiteral("holiday photos")),
                 QStringLiteral("holiday photos"));
        QCOMPARE(genlab::ui::classNameText(QStringLiteral("7")), QStringLiteral("7"));
    }

    void everyPreset_hasAChineseStory()
    {
        TextLanguage::set(QStringLiteral("zh_CN"));
        for (const genlab::training::Preset& preset : genlab::training::PresetCatalog::all())
            QVERIFY2(englishWordsIn(preset.story).isEmpty(),
                     qPrintable(preset.name + QStringLiteral(": ") + preset.story));
        TextLanguage::set(QStringLiteral("en"));
        for (const genlab::training::Preset& preset : genlab::training::PresetCatalog::all())
            QVERIFY2(!englishWordsIn(preset.story).isEmpty(), qPrintable(preset.name));
    }

    void pickingALanguage_isRememberedAndOffersARestart()
    {
        TextLanguage::set(QStringLiteral("zh_CN"));
        MainWindow window(nullptr, m_runs.path());
        window.show();
        auto* english = window.findChild<QAction*>(QStringLiteral("language_en"));
        auto* chinese = window.findChild<QAction*>(QStringLiteral("language_zh_CN"));
        QVERIFY(english && chinese);
        QVERIFY(chinese->isChecked());
        QVERIFY(!english->isChecked());
        english->trigger();
        QCOMPARE(InterfaceLanguage::saved(), QStringLiteral("en"));
        auto* offer = window.findChild<QMessageBox*>(QStringLiteral("restartOffer"));
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        QVERIFY(!window.restartRequested());
        auto* restart = offer->findChild<QPushButton*>(QStringLiteral("restartButton"));
        QVERIFY(restart);
        restart->click();
        QVERIFY(window.restartRequested());
        QTRY_VERIFY(!window.isVisible());
        // Picking the language already shown only remembers it.
        MainWindow again(nullptr, m_runs.path());
        again.show();
        again.findChild<QAction*>(QStringLiteral("language_zh_CN"))->trigger();
        QCOMPARE(InterfaceLanguage::saved(), QStringLiteral("zh_CN"));
        QVERIFY(!again.findChild<QMessageBox*>(QStringLiteral("restartOffer")));
        TextLanguage::set(QStringLiteral("en"));
    }

private:
    QTemporaryDir m_runs;
};

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
