"""Given names with their usual gender, to tell people from places and he from she.

Source: common English given names (US Social Security baby-name lists of the
last decades, plus common short forms). Ambiguous names (Jordan, Taylor, Pat,
Chris, Robin, Jean...) are left out; a name not listed has unknown gender.
"""

from __future__ import annotations

from bot.extraction.lexicon import words

MALE_NAMES = words("""
aaron adam al alan albert alex alexander alfred andrew andy anthony antonio arnold art
arthur austin barack barry ben benjamin bernard bernie bill billy bob bobby brad bradley
brandon brent brett brian bruce bryan carl carlos chad charles charlie chuck clarence
clint cory craig curt curtis dale dan daniel danny darrell dave david dean dennis derek
dick don donald doug douglas duncan dwight earl ed eddie edward elijah elliot eric ernest
eugene evan frank franklin fred frederick gary gene george gerald glenn gordon greg
gregory harold harry henry herman howard hugh ian isaac jack jacob jake james jason jay
jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan
joseph josh joshua juan julian justin keith ken kenneth kevin kirk kurt lance larry lawrence
lee leon leonard lindsey lou louis luis luke marco mario mark martin marvin matt matthew
max michael mick mike mitch mitchell mitt mohammed muhammad nathan neil newt nicholas
nick noah norman oliver orrin pat patrick paul pete peter phil philip ralph randy ray
raymond reince richard rick rob robert rod rodney roger ron ronald ross roy rudy rush
russell ryan sam samuel scott sean sergei seth shawn sherrod stephen steve steven stuart
ted thad thomas tim timothy todd tom tommy tony travis trey troy tyler victor
vince vincent vladimir walter warren wayne wesley william willie xi zach zachary
abe abraham ahmed ali allen alvin andre angelo arturo barney benny bert bo boris brady
brendan brent caleb calvin cameron carter cecil chester clay clayton cliff clifford colin
conor corey dallas damon darren davis del dennis desmond dominic don donnie drew dustin
dylan earl elliott emanuel emmanuel erik ethan felix fernando floyd francis francisco
gabriel garrett gavin gerry gil gilbert grant gus hank harvey hector herbert homer hunter
ivan jaime jared javier jeffery jerald jess jesus jorge jose juan kareem keith kelvin
kent kyle lamar lars leo leroy lester lloyd lonnie lucas luther malcolm manuel marc
marcus marshall maurice mel melvin micah miguel milton mitchell morris moses nathaniel
ned nelson nigel omar oscar otis owen pablo pedro perry preston quentin rafael ramon
randall raul reggie reginald rex ricardo ricky roberto rocco roland rolando ron rory
ruben rudolph salvador sammy saul sebastian sergio sidney simon spencer stan stanley
sterling sylvester ted teddy terrence theodore tobias toby trent tucker vernon wade wallace
ward wendell wilbur willard wilson winston wolf yusuf
""")

FEMALE_NAMES = words("""
abigail alice alicia alison allison amanda amber amy andrea angela ann anna anne annie
april barbara becky betsy betty beverly bonnie brenda brittany candace carla carly carol
carole caroline carolyn catherine cathy cheryl christina christine cindy claire claudia colleen
connie crystal cynthia daisy dana deborah debbie debra denise diana diane donna doris
dorothy elaine eleanor elizabeth ellen emily emma erica erin eva evelyn frances gabrielle
gail gloria grace hannah heather heidi helen hillary holly huma ivanka jackie jacqueline
jane janet janice jasmine jeanne jennifer jessica jill joan joanne jodi joni josephine joy
joyce judith judy julia julie karen kate katherine kathleen kathy katie kay kayleigh
kellyanne kelly kim kimberly kirsten kristen laura lauren linda lisa lori lorraine louise
lucy lynn madeleine margaret maria marie marilyn marsha martha mary megan melania melissa
michelle mia monica nancy natalie nicole nikki nina olivia pam pamela patricia paula peggy
rachel rebecca regina rhonda rita rosa rose ruth sally samantha sandra sara sarah sharon
sheila shirley sonia stephanie sue susan susana suzanne tammy teresa theresa tiffany tina
tracy valerie vanessa victoria virginia wendy whitney
abby adele adrienne agnes aileen alexandra alexis alma alyssa amelia amira ana angelina
annette antoinette arlene audrey ava bernadette bethany bianca blanche brooke camille
carmen carrie cassandra cecilia celeste charlene charlotte chelsea cherie chloe christy
clara clarissa cora corinne courtney daphne darlene dawn deanna deborah deja delores
dolores dora edith edna eileen elena elise ella eloise elsa esther ethel eugenia eunice
faith fatima felicia fiona flora florence francine gabriela georgia geraldine gina ginger
gretchen gwen harriet hazel hilda hope ida imani irene iris isabel isabella jamie jana
janelle jeanette jenna jenny jo joanna jocelyn johanna jolene josefina juanita judi june
kara karla kate katharine katrina kayla kendra kristin kristina kylie lana latoya leah
lena leslie lila lillian lily lois loretta lucia luz lydia mabel mackenzie madison mae
maggie mallory mandy marcia margarita marguerite mariah marian marianne marisa marissa
marjorie marla maureen maxine meghan melanie melinda meredith michele mildred millie
miranda misty molly mona myrna nadia naomi natasha nell nellie nora norma olga opal paige
patsy pauline pearl penelope penny phyllis polly priscilla rachael ramona renee
roberta robyn rochelle roxanne ruby sabrina sadie sandy sasha selena serena shannon
shari sherri sheryl shelby sonya sophia sophie stacey stacy stella susie sybil sylvia
tamara tanya tara tasha terri thelma tonya trisha ursula vera verna veronica vicki
viola violet vivian wanda yolanda yvette yvonne zoe
""")

# Honorifics that say which of two people of one surname is meant ('Mrs. Clinton' is
# not Bill Clinton). Source: English forms of address.
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def gender_of_name(name: str | None) -> str | None:
    """'m', 'f' or None from a name's first word ("Hillary Clinton" -> 'f')."""
    if not name:
        return None
    first = name.split()[0].lower().rstrip(".")
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None
