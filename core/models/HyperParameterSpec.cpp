#include "HyperParameterSpec.h"

#include "common/InputError.h"

#include <QCoreApplication>

#include <cmath>

namespace genlab::models {

namespace {

QString shown(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString)
        return QStringLiteral("\"%1\"").arg(value.toString());
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("(%1)").arg(QString::fromLatin1(value.typeName())) : text;
}

QString rangeText(const HyperParameterSpec& spec)
{
    return QStringLiteral("[%1, %2]").arg(spec.minimum, 0, 'g', 10).arg(spec.maximum, 0, 'g', 10);
}

bool isTextOrNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

QVariant HyperParameterSpec::validated(const QVariant& value) const
{
    const auto fail = [&](const QString& why) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: %2 %3").arg(name, shown(value), why));
    };
    if (!value.isValid() || value.isNull())
        fail(QCoreApplication::translate("genlab::Errors", "is not a value"));

    switch (type) {
    case Type::Real: {
        if (!isTextOrNumber(value))
            fail(QCoreApplication::translate("genlab::Errors", "is not a number"));
        bool ok = false;
        const double number = value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok)
                                                                   : value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            fail(QCoreApplication::translate("genlab::Errors", "is not a number"));
        if (number < minimum || number > maximum)
            fail(QCoreApplication::translate("genlab::Errors", "is out of range %1").arg(rangeText(*this)));
        return QVariant(number);
    }
    case Type::Integer: {
        if (!isTextOrNumber(value))
            fail(QCoreApplication::translate("genlab::Errors", "is not an integer"));
        bool ok = false;
        const double number = value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok)
                                                                   : value.toDouble(&ok);
        if (!ok || !std::isfinite(number) || std::floor(number) != number)
            fail(QCoreApplication::translate("genlab::Errors", "is not an integer"));
        if (number < minimum || number > maximum)
            fail(QCoreApplication::translate("genlab::Errors", "is out of range %1").arg(rangeText(*this)));
        return QVariant(static_cast<qlonglong>(number));
    }
    case Type::Choice: {
        if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
            fail(QCoreApplication::translate("genlab::Errors", "is not one of %1")
                     .arg(choices.join(QStringLiteral(", "))));
        const QString text = value.toString().trimmed();
        for (const QString& choice : choices)
            if (choice.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(choice);
        fail(QCoreApplication::translate("genlab::Errors", "is not one of %1")
                 .arg(choices.join(QStringLiteral(", "))));
        break;
    }
    case Type::Boolean: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") ||
                text == QLatin1String("on"))
                return QVariant(true);
            if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") ||
                text == QLatin1String("off"))
                return QVariant(false);
        }
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            const qlonglong number = value.toLongLong();
            if (number == 0 || number == 1)
                return QVariant(number == 1);
        }
        fail(QCoreApplication::translate("genlab::Errors", "is not true or false"));
        break;
    }
    }
    return {};
}

} // namespace genlab::models
