#define COL_NEW_ONE "new_one"
