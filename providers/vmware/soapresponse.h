#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

// A small SOAP response read in one pass with QXmlStreamReader: its fault, if any, and every
// leaf element below the method's response element as a path of local names
// ("returnval/about/apiVersion") with its text and xsi-less "type" attribute (morefs carry their
// type there). Meant for the session's own short answers; inventory pages have their own parser.
class SoapResponse
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::SoapResponse)

public:
    struct Leaf
    {
        QString path;
        QString type;
        QString text;
    };

    // False when body is not a SOAP envelope; parseError() says why.
    bool parse(const QByteArray &body);

    QString parseError() const { return m_parseError; }
    bool isFault() const { return !m_faultType.isEmpty() || !m_faultString.isEmpty(); }
    // The vim25 fault's type ("InvalidLogin", "NotAuthenticated"), or the SOAP faultcode when the
    // detail names none.
    QString faultType() const { return m_faultType; }
    QString faultString() const { return m_faultString; }

    const QList<Leaf> &leaves() const { return m_leaves; }
    // The first leaf at path; empty when there is none.
    QString text(QStringView path) const;
    QString type(QStringView path) const;
    int count(QStringView path) const;

private:
    QString m_parseError;
    QString m_faultType;
    QString m_faultString;
    QList<Leaf> m_leaves;
};

} // namespace Vantage
