#include "ui/request/editors/fieldeditorfactory.h"

#include "ui/request/editors/booleaneditor.h"
#include "ui/request/editors/choiceeditor.h"
#include "ui/request/editors/jsonvalueeditor.h"
#include "ui/request/editors/lineeditor.h"
#include "ui/request/editors/moneyeditor.h"
#include "ui/request/editors/multifieldeditor.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

FieldEditor *createFieldEditor(const FieldDescriptor &spec, QWidget *parent)
{
    using Kind = LineEditor::Kind;
    const QString &t = spec.type;
    if (t == "string"_L1 || t == "text"_L1 || t == "url"_L1 || t == "crm_currency"_L1)
        return new LineEditor(Kind::Text, spec, parent);
    if (t == "integer"_L1 || t == "int"_L1)
        return new LineEditor(Kind::Integer, spec, parent);
    if (t == "double"_L1)
        return new LineEditor(Kind::Double, spec, parent);
    if (t == "date"_L1)
        return new LineEditor(Kind::Date, spec, parent);
    if (t == "datetime"_L1)
        return new LineEditor(Kind::DateTime, spec, parent);
    if (t == "user"_L1 || t == "employee"_L1)
        return new LineEditor(Kind::User, spec, parent);
    static const QSet<QString> idTypes{
        u"crm_lead"_s,   u"crm_deal"_s,     u"crm_contact"_s,    u"crm_company"_s,    u"crm_quote"_s,
        u"crm_entity"_s, u"crm_category"_s, u"iblock_element"_s, u"iblock_section"_s, u"location"_s};
    if (idTypes.contains(t))
        return new LineEditor(Kind::Id, spec, parent);
    if (t == "char"_L1 || t == "boolean"_L1)
        return new BooleanEditor(spec, parent);
    if (t == "enumeration"_L1 || t == "crm_status"_L1)
        return new ChoiceEditor(spec, parent);
    if (t == "money"_L1)
        return new MoneyEditor(spec, parent);
    if (t == "crm_multifield"_L1)
        return new MultiFieldEditor(spec, parent);
    return new JsonValueEditor(spec, parent);
}

} // namespace b24
