#include "ui/request/editors/moneyeditor.h"

#include "ui/request/jsontext.h"

#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

MoneyEditor::MoneyEditor(const FieldDescriptor &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount, 3);
    layout->addWidget(m_currency, 1);
    m_amount->setPlaceholderText(tr("amount"));
    m_currency->setPlaceholderText(tr("currency"));
    m_currency->setMaxLength(3);
    connect(m_amount, &QLineEdit::textChanged, this, &FieldEditor::changed);
    connect(m_currency, &QLineEdit::textChanged, this, &FieldEditor::changed);
}

QString MoneyEditor::kind() const
{
    return u"money"_s;
}

QJsonValue MoneyEditor::value() const
{
    const QString amount = m_amount->text().trimmed();
    if (amount.isEmpty())
        return QJsonValue::Undefined;
    const QString currency = m_currency->text().trimmed().toUpper();
    return currency.isEmpty() ? amount : amount + u'|' + currency;
}

void MoneyEditor::setValue(const QJsonValue &value)
{
    const QString text = jsonScalarText(value);
    const qsizetype bar = text.indexOf(u'|');
    m_amount->setText(bar < 0 ? text : text.left(bar));
    m_currency->setText(bar < 0 ? QString() : text.mid(bar + 1));
}

QString MoneyEditor::inputError() const
{
    const QString amount = m_amount->text().trimmed();
    bool ok = true;
    if (!amount.isEmpty())
        amount.toDouble(&ok);
    return ok ? QString() : tr("\"%1\" is not an amount").arg(amount);
}

} // namespace b24
