#!/usr/bin/perl
# Creates what the pixrma integration tests need in a freshly initialised RT 5 database, through RT's own Perl
# API: the Support and RMA queues, the ticket custom fields, an app user with only the rights the app needs
# (plus an auth token), and a support user who files RMA tickets. Prints the secrets as `key=value` lines.
# Run with RT_SITE_CONFIG / RT_SITE_CONFIG_DIR pointing at the test instance (see provision.sh).
use strict;
use warnings;
use lib '/usr/local/share/request-tracker5/lib', '/usr/share/request-tracker5/lib';
use RT;

RT::LoadConfig();
RT::Init();
my $system = RT->SystemUser;

sub check {
    my ($what, $ok, $msg) = @_;
    die "setup.pl: $what failed: " . ($msg // '') . "\n" unless $ok;
    return $ok;
}

my %queue;
for my $spec (['Support', 'Support', 'support@pixrma.test'], ['RMA', 'RMA', 'rma@pixrma.test']) {
    my ($name, $tag, $address) = @$spec;
    my $q = RT::Queue->new($system);
    check("queue $name", $q->Create(Name => $name, SubjectTag => $tag, CorrespondAddress => $address));
    $queue{$name} = $q;
}

my @fields = (
    ['Serial Numbers',   'FreeformMultiple', 0],
    ['Camera Model',     'FreeformMultiple', 0],
    ['Firmware Version', 'FreeformMultiple', 0],
    ['Submission ID',    'FreeformSingle',   1],
);
# PIXRMA_RT_SINGLE_VALUE_FIELDS="Camera Model,Firmware Version": a server whose fields keep one value each.
my %single = map { $_ => 1 } grep { length } split /,/, ($ENV{PIXRMA_RT_SINGLE_VALUE_FIELDS} // '');
my @cfs;
for my $spec (@fields) {
    my ($name, $type, $max) = @$spec;
    ($type, $max) = ('FreeformSingle', 1) if $single{$name};
    my $cf = RT::CustomField->new($system);
    check("custom field $name", $cf->Create(Name => $name, TypeComposite => $type eq 'FreeformSingle' ? 'Freeform-1' : 'Freeform-0', LookupType => 'RT::Queue-RT::Ticket', MaxValues => $max));
    check("custom field $name on Support", $cf->AddToObject($queue{Support}));
    check("custom field $name on RMA", $cf->AddToObject($queue{RMA}));
    push @cfs, $cf;
}

sub make_user {
    my ($name, $email, $password) = @_;
    my $u = RT::User->new($system);
    check("user $name", $u->Create(Name => $name, EmailAddress => $email, Privileged => 1, Password => $password));
    return $u;
}

sub grant_group {
    my ($group, $object, @rights) = @_;
    for my $right (@rights) {
        check("$right for group " . $group->Name, $group->PrincipalObj->GrantRight(Right => $right, Object => $object));
    }
}

sub grant {
    my ($user, $object, @rights) = @_;
    for my $right (@rights) {
        check("$right for " . $user->Name, $user->PrincipalObj->GrantRight(Right => $right, Object => $object));
    }
}

# The app: file tickets in Support, read them back, see (never change) RMA tickets linked to them.
my $app = make_user('pixrma-app', 'app@pixrma.test', 'app-password-' . int(rand(1e9)));
grant($app, $queue{Support}, qw(SeeQueue CreateTicket ShowTicket));
grant($app, $queue{RMA}, qw(SeeQueue ShowTicket));
grant($app, $_, qw(SeeCustomField SetInitialCustomField)) for @cfs;

# A support engineer: works both queues, links RMA tickets to support tickets.
my $support_password = 'support-' . int(rand(1e9));
my $engineer = make_user('support-engineer', 'engineer@pixrma.test', $support_password);
for my $q (values %queue) {
    grant($engineer, $q, qw(SeeQueue CreateTicket ShowTicket ModifyTicket ReplyToTicket OwnTicket));
}
grant($engineer, $_, qw(SeeCustomField SetInitialCustomField ModifyCustomField)) for @cfs;

# A user who may not create tickets anywhere (for the permission tests).
my $nobody_password = 'nobody-' . int(rand(1e9));
make_user('no-rights', 'no-rights@pixrma.test', $nobody_password);

# Customers, the way a vendor hands out access: one unprivileged (self-service) account each. Their rights come
# only from the Everyone group (see and file in Support, set the fields when filing) and from the Requestor role
# (see, follow and answer their own tickets in Support and RMA); nothing is granted to them by name.
my $everyone = RT::Group->new($system);
check('Everyone group', $everyone->LoadSystemInternalGroup('Everyone'));
grant_group($everyone, $queue{Support}, qw(SeeQueue CreateTicket));
grant_group($everyone, $_, qw(SeeCustomField SetInitialCustomField)) for @cfs;
for my $q (values %queue) {
    my $requestor = $q->RoleGroup('Requestor');
    check('Requestor role of ' . $q->Name, $requestor && $requestor->Id);
    grant_group($requestor, $q, qw(ShowTicket ReplyToTicket SeeCustomField));
}
my %customer_token;
for my $spec (['customer-a', 'buyer@lab-a.test'], ['customer-b', 'buyer@lab-b.test']) {
    my ($name, $email) = @$spec;
    my $u = RT::User->new($system);
    check("user $name", $u->Create(Name => $name, EmailAddress => $email, Privileged => 0,
        Password => 'customer-' . int(rand(1e9))));
    my $t = RT::AuthToken->new($system);
    my ($tid, $tmsg, $tsecret) = $t->Create(Owner => $u->Id, Description => 'pixrma integration tests');
    check("auth token for $name", $tid, $tmsg);
    $customer_token{$name} = $tsecret;
}

my $token = RT::AuthToken->new($system);
my ($id, $msg, $secret) = $token->Create(Owner => $app->Id, Description => 'pixrma integration tests');
check('auth token', $id, $msg);

print "app_user=pixrma-app\n";
print "app_token=$secret\n";
print "support_user=support-engineer\n";
print "support_password=$support_password\n";
print "no_rights_user=no-rights\n";
print "no_rights_password=$nobody_password\n";
print "customer_user=customer-a\n";
print "customer_token=$customer_token{'customer-a'}\n";
print "other_customer_user=customer-b\n";
print "other_customer_token=$customer_token{'customer-b'}\n";
