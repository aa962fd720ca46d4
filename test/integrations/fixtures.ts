// The project every integration test scans: a customers export whose e-mail a purpose declares,
// a leads export whose phone none does (a new finding), and the purpose map between them.
export const CUSTOMERS = 'email,full_name,plan\nana.lopez@example.org,Ana Lopez,basic\nben.okafor@example.net,Ben Okafor,pro\ncleo.martin@example.com,Cleo Martin,pro\n';
export const LEADS = 'lead_id,phone\n1,+44 20 7946 0958\n2,+44 20 7946 0112\n3,+44 20 7946 0345\n';
export const PURPOSE_MAP = `version: 1
purposes:
  accounts:
    description: Run customer accounts
    legal_basis: contract
    retention: P2Y
datasets:
  customers:
    fields:
      email: [accounts]
`;
